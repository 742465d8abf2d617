using System.Collections.Frozen;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Tagged spans whose own words say they name a place, whatever the tagger typed them: a word for a place's feature
/// opening an Arabic or Hebrew place name ("Deir al-Balah"), a word for an administrative division closing a name
/// ("Fulton County"). Token ranges relative to the sentence at the offset given.
/// </summary>
internal static class PlaceSpans
{
    private const int Person = 0, Place = 1, Organization = 2, Misc = 3;

    /// <summary>
    /// A span tagged a person's or MISC that opens with a word for a place's feature in Arabic or Hebrew place names
    /// ("Deir" monastery, "Beit" house, "Kafr" village, "Wadi" valley, "Kiryat" town …) is a place, as those words open
    /// no person's name: "Deir al-Balah", "Beit Lahiya", "Kafr Qasim". A lone such word, of any type, runs on through
    /// an Arabic article and the capitalised word after it ("Deir al Balah"), within the sentence of
    /// <paramref name="length"/> tokens; an organisation's name opening so stays one ("Tel Aviv University").
    /// </summary>
    public static (int Start, int End, int Type) AsPlaceByItsFeatureWord(List<Token> tokens, int offset, int length, (int Start, int End, int Type) span)
    {
        if (!PlaceFeatureWords.Contains(tokens[offset + span.Start].Text))
        {
            return span;
        }

        // A lone feature word, whatever the tagger took it for, with an article and a name after it: "Deir al Balah".
        var end = span.End;
        if (end - span.Start == 1 && end + 1 < length && ArabicArticles.Contains(tokens[offset + end].Text) && tokens[offset + end + 1].IsCapitalized)
        {
            return (span.Start, end + 2, Place);
        }

        return span.Type is Person or Misc ? (span.Start, end, Place) : span;
    }

    /// <summary>Words for a place's feature that open Arabic and Hebrew place names, as transliterated in English news.</summary>
    private static readonly FrozenSet<string> PlaceFeatureWords = new[]
    {
        "Deir", "Dayr", "Beit", "Bayt", "Kafr", "Kfar", "Tel", "Tell", "Tall", "Wadi", "Jabal", "Jebel", "Ras", "Ein", "Ain",
        "Bir", "Khirbet", "Qasr", "Nahr", "Jisr", "Khan", "Kiryat", "Ramat", "Givat", "Mitzpe", "Maale", "Sde",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The Arabic article as written apart from the word it belongs to ("Deir al Balah").</summary>
    private static readonly FrozenSet<string> ArabicArticles = new[] { "al", "el", "Al", "El", "ad", "as", "ash", "az", "an", "ar" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A span tagged an organisation's that ends in a word for an administrative division ("Georgia's Fulton County",
    /// "Hualien County", "Butler Township") is that place: the county's or township's government is named so only with
    /// a word for it after ("Fulton County Commission"), which the span would hold.
    /// </summary>
    public static (int Start, int End, int Type) AsPlaceByItsDivisionWord(List<Token> tokens, int offset, (int Start, int End, int Type) span) =>
        span.Type == Organization && span.End - span.Start >= 2 && DivisionWords.Contains(tokens[offset + span.End - 1].Text)
            ? (span.Start, span.End, Place)
            : span;

    /// <summary>Words for an administrative division, as they close a place's name.</summary>
    private static readonly FrozenSet<string> DivisionWords = new[]
    {
        "County", "Township", "Province", "Prefecture", "Oblast", "Governorate", "District", "Region", "Parish", "Borough",
        "Canton", "Municipality",
    }.ToFrozenSet(StringComparer.Ordinal);
}
