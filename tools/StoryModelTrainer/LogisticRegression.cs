namespace NewsReader.Tools.StoryModelTraining;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method: deterministic, a handful of iterations for a
/// few features. Returns the bias, then one weight per feature.
/// </summary>
internal static class LogisticRegression
{
    /// <summary>The penalty on the weights (not the bias): enough to keep them finite when the pairs separate.</summary>
    private const double Ridge = 1.0;

    private const int Iterations = 50;

    public static double[] Fit(IReadOnlyList<LabelledPair> pairs)
    {
        var n = pairs[0].Features.Length + 1;
        var w = new double[n];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            foreach (var pair in pairs)
            {
                var x = Inputs(pair.Features);
                var p = 1 / (1 + Math.Exp(-x.Select((v, i) => v * w[i]).Sum()));
                for (var i = 0; i < n; i++)
                {
                    gradient[i] += (p - (pair.Same ? 1 : 0)) * x[i];
                    for (var j = 0; j < n; j++)
                    {
                        hessian[i, j] += p * (1 - p) * x[i] * x[j];
                    }
                }
            }

            for (var i = 1; i < n; i++)
            {
                gradient[i] += Ridge * w[i];
                hessian[i, i] += Ridge;
            }

            hessian[0, 0] += 1e-9;
            var step = Solve(hessian, gradient);
            for (var i = 0; i < n; i++)
            {
                w[i] -= step[i];
            }

            if (step.Max(Math.Abs) < 1e-10)
            {
                break;
            }
        }

        return w.Select(v => Math.Round(v, 3)).ToArray();
    }

    private static double[] Inputs(double[] features) => [1, .. features];

    /// <summary>Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(m[r, col]));
            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var r = col + 1; r < n; r++)
            {
                var factor = m[r, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[r, k] -= factor * m[col, k];
                }

                x[r] -= factor * x[col];
            }
        }

        for (var r = n - 1; r >= 0; r--)
        {
            for (var k = r + 1; k < n; k++)
            {
                x[r] -= m[r, k] * x[k];
            }

            x[r] /= m[r, r];
        }

        return x;
    }
}
