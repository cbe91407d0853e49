namespace DockingGraph.Mirror;

/// <summary>
/// Where a record lives in LL2's REST API, per version: the path its <c>url</c> names
/// (<c>/2.3.0/space_stations/4/</c>). LL2 writes a record's <c>url</c> from the request's host, as
/// DRF's hyperlinked fields do, so the mirror writes it from its own: a client that follows it stays
/// on the mirror.
/// </summary>
internal static class Ll2Resources
{
    private static readonly Dictionary<(string Version, string Type), string> Paths = new()
    {
        [("2.3.0", "DockingEvent")] = "docking_events",
        [("2.3.0", "Agency")] = "agencies",
        [("2.3.0", "Landing")] = "landings",
        [("2.3.0", "LauncherConfiguration")] = "launcher_configurations",
        [("2.3.0", "Launch")] = "launches",
        [("2.3.0", "Location")] = "locations",
        [("2.3.0", "Pad")] = "pads",
        [("2.3.0", "PayloadFlight")] = "payload_flights",
        [("2.3.0", "SpaceProgram")] = "programs",
        [("2.3.0", "SpaceStation")] = "space_stations",
        [("2.3.0", "Spacecraft")] = "spacecraft",
        [("2.3.0", "SpacecraftConfiguration")] = "spacecraft_configurations",
        [("2.3.0", "SpacecraftFlight")] = "spacecraft_flights",
        [("2.2.0", "DockingEvent")] = "docking_event",
        [("2.2.0", "Agency")] = "agencies",
        [("2.2.0", "SpacecraftConfiguration")] = "config/spacecraft",
        [("2.2.0", "Spacecraft")] = "spacecraft",
        [("2.2.0", "SpacecraftFlight")] = "spacecraft/flight",
        [("2.2.0", "SpaceStation")] = "spacestation",
    };

    /// <summary>The resource of records of graph type <paramref name="type"/> in <paramref name="version"/> (<c>space_stations</c>), or null when LL2 gives it no address there.</summary>
    public static string? Of(string version, string type) => Paths.GetValueOrDefault((version, type));
}
