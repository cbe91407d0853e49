namespace DockingGraph.Generator;

/// <summary>Who may dock where: a station accepts the vehicles of some blocs.</summary>
[Flags]
internal enum Bloc
{
    None = 0,
    Soviet = 1,
    American = 2,
    European = 4,
    Japanese = 8,
    Chinese = 16,
}

/// <summary>How a spacecraft comes home, which picks its landing type and place.</summary>
internal enum Return
{
    Steppe,
    Ocean,
    Runway,
    Desert,
    Dongfeng,
    Burn,
    Impact,
    Lunar,
}

internal sealed record CountryRow(int Id, string Name, string Alpha2, string Alpha3, string Nationality, string Composed);

internal sealed record AgencyRow(int Id, string Name, string Abbrev, int Type, int[] Countries, int Founded, string Administrator, string Launchers, string Spacecraft, string? Parent);

internal sealed record PhotoRow(int Id, string Name, string? Credit, int License);

internal sealed record FamilyRow(int Id, string Name, int Manufacturer, int? Parent, string? MaidenFlight, string Description);

/// <summary>
/// A spacecraft configuration: the years it docked, what its flights are called (<c>#</c> is the
/// number), the program its flights add to their station's, and its reusable fleet (none: one
/// spacecraft per flight).
/// </summary>
internal sealed record ConfigRow(int Id, string Name, int Type, int Agency, int[] Families, bool InUse, int From, int To, Bloc Bloc, bool Crewed, Return Return, int[] Launchers, int Photo, string Mission, int Program, string[] Fleet);

internal sealed record LauncherRow(int Id, string Name, string FullName, string Variant, int[] Families, int Provider, int[] Pads, int Photo);

/// <summary>A station: its years, who may dock, how busy it was (a weight), the agencies whose guests fly to it, and its ports.</summary>
internal sealed record StationRow(int Id, string Name, DateTime From, DateTime To, Bloc Accepts, int Agency, int Program, int Photo, int Weight, int[] Partners, (int Id, string Name)[] Ports);

/// <summary>A flight that docks to another spacecraft flight: the mothership, its chaser, and when.</summary>
internal sealed record VehiclePairRow(int Target, int Chaser, DateTime From, DateTime To, string TargetRocket, string Mission, int FirstNumber, int Numbers);

internal sealed record PayloadRow(int Id, string Name, int Type, int Manufacturer, int Operator, int Photo, double Mass, double? Cost, int Program, int Launcher, string Rocket, int Orbit, string Destination, Return Return, string Description);

/// <summary>A payload docking to another payload or to a station's port.</summary>
internal sealed record PayloadPairRow(int Chaser, int? Target, int? Station, DateTime From, int WindowDays, bool Instant);

internal sealed record LocationRow(int Id, string Name, int Body, int? Country, string Timezone, double Latitude, double Longitude, int Photo, string Description);

internal sealed record PadRow(int Id, string Name, int Location, int[] Agencies, int Photo);

internal sealed record LandingLocationRow(int Id, string Name, string Abbrev, int Body, int? Location, double? Latitude, double? Longitude, int? Photo);

internal sealed record ProgramRow(int Id, string Name, int[] Agencies, string Start, string? End, int Type, string? Info, string Description);
