using CsCheck;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// How the fuzzing tests draw their requests: the same ones on every run unless asked otherwise.
/// CsCheck's <c>seed</c> fixes only a sample's first iteration and draws the others afresh, so a
/// fixed sample here is a chain of seeds, each iteration sampled alone from its own seed and the
/// next seed derived from it. A failure prints its iteration's seed, and
/// <c>FUZZ_SEED=&lt;that seed&gt; FUZZ_ITERATIONS=1</c> repeats exactly that request. An empty
/// <c>FUZZ_SEED</c> leaves the drawing to CsCheck (fresh requests, shrunk when one fails).
/// </summary>
public static class FuzzSample
{
    private const string DefaultSeed = "0N0XIzNsQ0O2";

    /// <summary>The first seed of the chain; null when <c>FUZZ_SEED</c> is set and empty.</summary>
    private static readonly string? Seed = Environment.GetEnvironmentVariable("FUZZ_SEED") is { } seed ? seed.Length == 0 ? null : seed : DefaultSeed;

    /// <summary>Whether the requests are the same on every run (unless <c>FUZZ_SEED</c> is set and empty).</summary>
    public static bool IsFixed => Seed is not null;

    /// <summary>The number of requests: <paramref name="variable"/> when it is set, or <paramref name="fallback"/>.</summary>
    public static int Iterations(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var n) ? n : fallback;

    /// <summary>Runs <paramref name="check"/> on <paramref name="iterations"/> generated values, one at a time.</summary>
    public static async Task CheckEachAsync<T>(this Gen<T> gen, Func<T, Task> check, int iterations, Func<T, string> print)
    {
        if (Seed is null)
        {
            await gen.SampleAsync(check, iter: iterations, threads: 1, print: print);
            return;
        }

        foreach (var seed in Chain(Seed).Take(iterations))
        {
            await gen.SampleAsync(check, seed: seed, iter: 1, threads: 1, print: print);
        }
    }

    /// <summary>The seeds of a fixed sample: <paramref name="first"/>, then each derived from the one before.</summary>
    public static IEnumerable<string> Chain(string first)
    {
        for (var seed = first; ; seed = Next(seed))
        {
            yield return seed;
        }

        static string Next(string seed)
        {
            var pcg = PCG.Parse(seed);
            var next = new PCG(pcg.Stream, pcg.Next64());
            return next.ToString(next.Seed);
        }
    }
}
