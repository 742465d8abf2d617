namespace NewsReader.Nlp.Tagging;

/// <summary>
/// Maps 64-bit feature keys to dense row numbers: open addressing with linear probing over one array of
/// (key, row) slots, so a lookup usually touches one cache line and allocates nothing. Zero marks an empty
/// slot, so the key 0 is stored as 1 (a collision a 64-bit hash makes vanishingly rare).
/// </summary>
internal sealed class FeatureTable
{
    private Slot[] _slots;
    private int _mask;

    public FeatureTable(int capacity = 1 << 16)
    {
        var size = 1;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _slots = new Slot[size];
        _mask = size - 1;
    }

    public int Count { get; private set; }

    /// <summary>The row of a key, or -1 when the model never saw it.</summary>
    public int Find(ulong key)
    {
        key = key == 0 ? 1 : key;
        var slots = _slots;
        for (var i = (int)key & _mask; ; i = (i + 1) & _mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Key == key)
            {
                return slot.Row;
            }

            if (slot.Key == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>How many slots the table has; <see cref="FindSlot"/> returns an index below it.</summary>
    public int Capacity => _slots.Length;

    /// <summary>
    /// The slot a key sits in, or -1. Values stored by slot (not by row) can be loaded as soon as the slot is
    /// computed, in parallel with the key's own load, instead of after it.
    /// </summary>
    public int FindSlot(ulong key)
    {
        key = key == 0 ? 1 : key;
        var slots = _slots;
        for (var i = (int)key & _mask; ; i = (i + 1) & _mask)
        {
            var k = slots[i].Key;
            if (k == key)
            {
                return i;
            }

            if (k == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>For every occupied slot, its row; -1 for an empty one.</summary>
    public int[] RowsBySlot()
    {
        var rows = new int[_slots.Length];
        for (var i = 0; i < _slots.Length; i++)
        {
            rows[i] = _slots[i].Key == 0 ? -1 : _slots[i].Row;
        }

        return rows;
    }

    /// <summary>The row of a key, adding it with the next row number when new.</summary>
    public int FindOrAdd(ulong key)
    {
        key = key == 0 ? 1 : key;
        if (Count * 2 >= _slots.Length)
        {
            Grow();
        }

        for (var i = (int)key & _mask; ; i = (i + 1) & _mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Key == key)
            {
                return slot.Row;
            }

            if (slot.Key == 0)
            {
                slot = new Slot(key, Count);
                return Count++;
            }
        }
    }

    /// <summary>Every key with its row, in row order.</summary>
    public ulong[] KeysByRow()
    {
        var keys = new ulong[Count];
        foreach (var slot in _slots)
        {
            if (slot.Key != 0)
            {
                keys[slot.Row] = slot.Key;
            }
        }

        return keys;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Key != 0)
            {
                var i = (int)slot.Key & _mask;
                while (_slots[i].Key != 0)
                {
                    i = (i + 1) & _mask;
                }

                _slots[i] = slot;
            }
        }
    }

    private readonly record struct Slot(ulong Key, int Row);
}
