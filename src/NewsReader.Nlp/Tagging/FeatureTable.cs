namespace NewsReader.Nlp.Tagging;

/// <summary>
/// Maps 64-bit feature keys to dense row numbers: open addressing with linear probing over arrays, so a
/// lookup costs a mask and a compare or two, and allocates nothing. Zero marks an empty slot, so the key 0
/// is stored as 1 (a collision a 64-bit hash makes vanishingly rare).
/// </summary>
internal sealed class FeatureTable
{
    private ulong[] _keys;
    private int[] _rows;
    private int _mask;

    public FeatureTable(int capacity = 1 << 16)
    {
        var size = 1;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _rows = new int[size];
        _mask = size - 1;
    }

    public int Count { get; private set; }

    /// <summary>The row of a key, or -1 when the model never saw it.</summary>
    public int Find(ulong key)
    {
        key = key == 0 ? 1 : key;
        for (var slot = (int)(key & (ulong)_mask); ; slot = (slot + 1) & _mask)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _rows[slot];
            }

            if (k == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>The row of a key, adding it with the next row number when new.</summary>
    public int FindOrAdd(ulong key)
    {
        key = key == 0 ? 1 : key;
        if (Count * 2 >= _keys.Length)
        {
            Grow();
        }

        for (var slot = (int)(key & (ulong)_mask); ; slot = (slot + 1) & _mask)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _rows[slot];
            }

            if (k == 0)
            {
                _keys[slot] = key;
                _rows[slot] = Count;
                return Count++;
            }
        }
    }

    /// <summary>Every key with its row, in row order.</summary>
    public ulong[] KeysByRow()
    {
        var keys = new ulong[Count];
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] != 0)
            {
                keys[_rows[slot]] = _keys[slot];
            }
        }

        return keys;
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldRows = _rows;
        _keys = new ulong[oldKeys.Length * 2];
        _rows = new int[oldKeys.Length * 2];
        _mask = _keys.Length - 1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                var slot = (int)(oldKeys[i] & (ulong)_mask);
                while (_keys[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _keys[slot] = oldKeys[i];
                _rows[slot] = oldRows[i];
            }
        }
    }
}
