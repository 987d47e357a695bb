using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Gatehouse.Server.Features.Analytics.Compare;

/// <summary>
/// Whether a difference between two segments is more than noise. Proportions (error rate, conversion)
/// use the two-proportion z-test with a pooled standard error, the test an admin finds in any A/B tool;
/// medians and means (latency, session length) use a percentile bootstrap interval of the difference,
/// because latencies are skewed and a normal approximation would mislead. Both at the 95 % level.
/// </summary>
public static class Significance
{
    public const double Level = 0.95;

    /// <summary>Below this many samples on either side no test is run: the answer would be noise.</summary>
    public const int MinSamples = 30;

    public const int Resamples = 1000;

    /// <summary>The test's verdict on B minus A.</summary>
    /// <param name="Method"><c>two_proportion_z</c> or <c>bootstrap</c>; <c>too_few_samples</c> when none could run.</param>
    /// <param name="PValue">Two-sided p-value (z-test only).</param>
    /// <param name="Low">Lower end of the 95 % interval of the difference (B − A).</param>
    /// <param name="High">Upper end.</param>
    public sealed record Test(string Method, double? PValue, double? Low, double? High, bool Significant);

    public static Test TooFew { get; } = new("too_few_samples", null, null, null, false);

    /// <summary>Two-proportion z-test of <paramref name="hitsA"/>/<paramref name="nA"/> against <paramref name="hitsB"/>/<paramref name="nB"/>.</summary>
    public static Test TwoProportions(long hitsA, long nA, long hitsB, long nB)
    {
        if (nA < MinSamples || nB < MinSamples) return TooFew;
        double pA = (double)hitsA / nA, pB = (double)hitsB / nB;
        var pooled = (double)(hitsA + hitsB) / (nA + nB);
        var pooledError = Math.Sqrt(pooled * (1 - pooled) * (1.0 / nA + 1.0 / nB));
        // Both proportions 0 or both 1: no variance, and no evidence of any difference.
        var p = pooledError == 0 ? 1.0 : 2 * (1 - Normal.CDF(0, 1, Math.Abs(pB - pA) / pooledError));
        // The interval uses the unpooled error (Wald), as the test's companion in most tools.
        var z = Normal.InvCDF(0, 1, 1 - (1 - Level) / 2);
        var error = Math.Sqrt(pA * (1 - pA) / nA + pB * (1 - pB) / nB);
        return new Test("two_proportion_z", p, pB - pA - z * error, pB - pA + z * error, p < 1 - Level);
    }

    /// <summary>
    /// Percentile bootstrap of <c>statistic(B) − statistic(A)</c>: significant when the interval excludes 0.
    /// The generator is seeded from the data so the same data always gives the same answer.
    /// </summary>
    public static Test Bootstrap(IReadOnlyList<double> a, IReadOnlyList<double> b, Func<double[], double> statistic)
    {
        if (a.Count < MinSamples || b.Count < MinSamples) return TooFew;
        var random = new Random(HashCode.Combine(a.Count, b.Count, a[0], b[^1]));
        var differences = new double[Resamples];
        var bufferA = new double[a.Count];
        var bufferB = new double[b.Count];
        for (var r = 0; r < Resamples; r++)
        {
            for (var i = 0; i < bufferA.Length; i++) bufferA[i] = a[random.Next(a.Count)];
            for (var i = 0; i < bufferB.Length; i++) bufferB[i] = b[random.Next(b.Count)];
            differences[r] = statistic(bufferB) - statistic(bufferA);
        }
        var low = differences.Quantile((1 - Level) / 2);
        var high = differences.Quantile(1 - (1 - Level) / 2);
        return new Test("bootstrap", null, low, high, low > 0 || high < 0);
    }

    public static double Percentile(double[] values, double percentile) => values.Percentile((int)percentile);

    public static double Mean(double[] values) => values.Mean();
}
