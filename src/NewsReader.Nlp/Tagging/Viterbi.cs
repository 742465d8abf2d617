namespace NewsReader.Nlp.Tagging;

/// <summary>The best-scoring tag sequence under the model's transitions, never breaking BIO.</summary>
internal static class Viterbi
{
    private static readonly bool[] Allowed = BuildAllowed();

    public static int[] Decode(float[] emissions, int length, float[] transitions, TaggingScratch scratch)
    {
        const int T = 9;
        var path = new int[length];
        if (length == 0)
        {
            return path;
        }

        var scores = scratch.Scores(length);
        var back = scratch.Back(length);
        for (var t = 0; t < T; t++)
        {
            scores[t] = Allowed[(T * T) + t] ? emissions[t] + transitions[(T * T) + t] : float.NegativeInfinity;
        }

        for (var i = 1; i < length; i++)
        {
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < T; p++)
                {
                    if (!Allowed[(p * T) + t])
                    {
                        continue;
                    }

                    var score = scores[((i - 1) * T) + p] + transitions[(p * T) + t];
                    if (score > best)
                    {
                        best = score;
                        bestPrevious = p;
                    }
                }

                scores[(i * T) + t] = best + emissions[(i * T) + t];
                back[(i * T) + t] = bestPrevious;
            }
        }

        var last = 0;
        for (var t = 1; t < T; t++)
        {
            if (scores[((length - 1) * T) + t] > scores[((length - 1) * T) + last])
            {
                last = t;
            }
        }

        for (var i = length - 1; i >= 0; i--)
        {
            path[i] = last;
            last = back[(i * T) + last];
        }

        return path;
    }

    /// <summary>[previous × tags + tag], with previous = tag count for the sentence start (like O).</summary>
    private static bool[] BuildAllowed()
    {
        var count = EntityTags.Count;
        var allowed = new bool[(count + 1) * count];
        for (var p = 0; p <= count; p++)
        {
            for (var t = 0; t < count; t++)
            {
                allowed[(p * count) + t] = EntityTags.CanFollow(p == count ? EntityTags.Outside : p, t);
            }
        }

        return allowed;
    }
}
