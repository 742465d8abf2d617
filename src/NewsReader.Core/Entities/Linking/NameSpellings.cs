using NewsReader.Text;


namespace NewsReader.Entities.Linking;

/// <summary>
/// Whether two names are one name spelled two ways. For people (<see cref="AreVariants"/>): two full names, as transliteration does: "Ebrahim Raisi" and
/// "Ebrahim Raeisi", "Alexei Navalny" and "Alexey Navalny", "Hossein Amir-Abdollahian" and "Hossein
/// Amirabdollahian"; or one name with and without its middle names and initials ("Donald J Trump" and "Donald
/// Trump"). Single words never qualify (a misspelled surname could be anyone), nor names that differ in more than
/// one word, in a short word, or only in a final a/o/e ("Maria Garcia" and "Mario Garcia" are two people), nor two
/// names that both carry different middle names ("George H W Bush" and "George W Bush"). For places
/// (<see cref="ArePlaceVariants"/>): names of two words or more differing in one long word by one letter, "East
/// Azarbaijan" and "East Azerbaijan", or only in hyphens and spaces, "Deir al-Balah" and "Deir al Balah"; never a
/// lone word ("Mali" and "Bali").
/// </summary>
public static class NameSpellings
{
    private const int ShortestVariedWord = 5;

    /// <summary>Both names in normal form (<see cref="EntityNames.Normalize"/>).</summary>
    public static bool AreVariants(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = first.Split(' ');
        var b = second.Split(' ');
        if (a.Length < 2 || b.Length < 2 || first == second)
        {
            return false;
        }

        return Squeezed(first) == Squeezed(second) || OneWithoutMiddle(a, b) || OneWithoutMiddle(b, a) || OneWordRespelled(a, b);
    }

    /// <summary>
    /// Both place names in normal form: the same words but one, spelled another way; or the same letters, with hyphens
    /// and spaces put differently ("Deir al-Balah" and "Deir al Balah").
    /// </summary>
    public static bool ArePlaceVariants(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = first.Split(' ');
        var b = second.Split(' ');
        return first != second
            && ((a.Length >= 2 && OneWordRespelled(a, b)) || (Math.Max(a.Length, b.Length) >= 2 && Squeezed(first) == Squeezed(second)));
    }

    /// <summary>The same number of words, all the same but one, which is spelled another way.</summary>
    private static bool OneWordRespelled(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var differing = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return differing.Count == 1 && IsVariantWord(a[differing[0]], b[differing[0]]);
    }

    private static bool IsVariantWord(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) < ShortestVariedWord || EditDistance.Within(a, b, 1) > 1)
        {
            return false;
        }

        var genderedEnding = a.Length == b.Length && a[..^1] == b[..^1] && a[^1] is 'a' or 'o' or 'e' && b[^1] is 'a' or 'o' or 'e';
        return !genderedEnding;
    }

    /// <summary>True when <paramref name="longer"/> is <paramref name="shorter"/>, a first and last name, with middle names between.</summary>
    private static bool OneWithoutMiddle(string[] shorter, string[] longer) =>
        shorter.Length == 2 && EntityNames.HasWordsBetween(shorter, longer);

    private static string Squeezed(string name) => string.Concat(name.Where(char.IsLetterOrDigit));
}
