namespace NewsReader.Entities.Recognition;

/// <summary>Finds the people, places and organisations a text names. Pure CPU work, so synchronous.</summary>
public interface IEntityRecognizer
{
    /// <summary>Mentions in text order, not overlapping, with offsets into <paramref name="text"/>.</summary>
    IReadOnlyList<RecognizedMention> Recognize(string text);
}
