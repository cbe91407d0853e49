namespace DockingGraph.Generator;

/// <summary>What a stream of draws is for: two records of different kinds with the same id draw differently.</summary>
internal enum Salt
{
    Event = 1,
    Departure,
    Flight,
    Spacecraft,
    Launch,
    Mission,
    Landing,
    Agency,
    Place,
}

/// <summary>
/// SplitMix64 over (seed, salt, id). Every record draws from a stream of its own key, so what it
/// contains never depends on what was generated before it. Not <see cref="Random"/>: its seeded
/// sequence is not promised to stay the same across .NET versions, and the output is meant to.
/// </summary>
internal sealed class Dice(int seed, Salt salt, long id)
{
    private ulong state = Mix(Mix(((ulong)(uint)seed << 8) ^ (ulong)salt) ^ (ulong)id);

    public ulong Next()
    {
        state += 0x9E3779B97F4A7C15;
        return Mix(state);
    }

    public int Below(int count) => (int)(Next() % (ulong)count);

    public int Between(int min, int max) => min + Below(max - min + 1);

    public bool OneIn(int count) => Below(count) == 0;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>A time span of whole seconds in [min, max].</summary>
    public TimeSpan Span(TimeSpan min, TimeSpan max) =>
        TimeSpan.FromSeconds((long)min.TotalSeconds + (long)(Next() % (ulong)((long)(max - min).TotalSeconds + 1)));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
