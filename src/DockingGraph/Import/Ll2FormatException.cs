namespace DockingGraph.Import;

/// <summary>
/// An LL2 body that does not have the shape or the value types LL2 gives. The JSON path is put
/// together as the error travels out of the record it was found in (<see cref="Within"/>), so the
/// merge builds no path while nothing is wrong.
/// </summary>
public sealed class Ll2FormatException : Exception
{
    public Ll2FormatException(string reason)
        : this(reason, "")
    {
    }

    private Ll2FormatException(string reason, string path)
        : base(path.Length == 0 ? reason : $"{path}: {reason}")
    {
        Reason = reason;
        Path = path;
    }

    /// <summary>What is wrong, without where.</summary>
    public string Reason { get; }

    /// <summary>Where, as a JSON path (<c>$.results[3].flight_vehicle_chaser.spacecraft</c>), as far as it is known yet.</summary>
    public string Path { get; }

    /// <summary>The same error, seen from the value that holds it: <paramref name="step"/> is <c>.key</c>, <c>[index]</c> or the root.</summary>
    public Ll2FormatException Within(string step) => new(Reason, step + Path);
}
