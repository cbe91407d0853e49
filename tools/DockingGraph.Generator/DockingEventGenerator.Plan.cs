namespace DockingGraph.Generator;

public sealed partial class DockingEventGenerator
{
    private static readonly DateTime FirstStation = new(1971, 4, 19, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LastDocking = new(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    private enum Kind
    {
        /// <summary>A spacecraft flight docks to a station's port: most events.</summary>
        StationTarget,

        /// <summary>A spacecraft flight docks to another (an Apollo LM to its CSM); the port is on the target's configuration.</summary>
        VehicleTarget,

        /// <summary>A payload flight docks to another payload, or a module to a station.</summary>
        PayloadChaser,

        /// <summary>A station docks to a station.</summary>
        StationChaser,
    }

    /// <summary>Who docks where and when: everything the records of one event agree on.</summary>
    /// <param name="Number">The flight's number in its series (Progress MS-27 is 27).</param>
    private sealed record Plan(
        int Id,
        Kind Kind,
        DateTime Docking,
        DateTime? Departure,
        StationRow? Station,
        int Port,
        ConfigRow? Chaser,
        StationRow? ChaserStation,
        VehiclePairRow? Pair,
        PayloadPairRow? Payloads,
        int Number);

    private Plan PlanOf(int id)
    {
        var dice = new Dice(seed, Salt.Event, id);
        var roll = dice.Below(120);
        // Every 20th event docks at the very moment of the one before it, so orderings meet ties.
        var kind = id % 20 == 0 ? Kind.StationTarget
            : roll < 3 ? Kind.StationChaser
            : roll < 11 ? Kind.PayloadChaser
            : roll < 23 ? Kind.VehicleTarget
            : Kind.StationTarget;
        return kind switch
        {
            Kind.VehicleTarget => VehiclePlan(id, dice),
            Kind.PayloadChaser => PayloadPlan(id, dice),
            _ => StationPlan(id, kind, dice),
        };
    }

    private Plan StationPlan(int id, Kind kind, Dice dice)
    {
        var docking = id % 20 == 0 ? PlanOf(id - 1).Docking : StationTime(dice);
        var active = Catalog.Stations.Where(s => s.From <= docking && docking < s.To).ToArray();
        var station = active.Length > 0
            ? dice.Pick(active.SelectMany(s => Enumerable.Repeat(s, s.Weight)).ToArray())
            : Catalog.Stations.MinBy(s => Distance(s, docking))!;
        var port = dice.Pick(station.Ports).Id;
        if (kind == Kind.StationChaser)
        {
            // The station nearest in time: Mir and the ISS, Salyut 6 and 7, the Tiangongs.
            var chaser = Catalog.Stations.Where(s => s != station).MinBy(s => Distance(s, docking))!;
            return new Plan(id, kind, docking, Departure(id, docking, TimeSpan.FromDays(1), TimeSpan.FromDays(90)), station, port, null, chaser, null, null, 0);
        }

        var year = docking.Year;
        var fits = Catalog.ConfigRows.Where(c => (c.Bloc & station.Accepts) != 0 && c.From <= year && year <= c.To).ToArray();
        // Reusable fleets (Shuttle, Dragon) flew far more often than any single-use series of their years.
        var config = dice.Pick((fits.Length > 0 ? fits : Catalog.ConfigRows.Where(c => (c.Bloc & station.Accepts) != 0))
            .SelectMany(c => Enumerable.Repeat(c, c.Fleet.Length > 0 ? 2 : 1)).ToArray());
        // Series are numbered in order: about one flight of a configuration every two months.
        var number = 1 + Math.Max(0, (int)((docking - new DateTime(config.From, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalDays / 60));
        var departure = Departure(id, docking, TimeSpan.FromHours(3), TimeSpan.FromDays(210));
        return new Plan(id, kind, docking, departure, station, port, config, null, null, null, number);
    }

    private Plan VehiclePlan(int id, Dice dice)
    {
        var pair = dice.Pick(Catalog.VehiclePairs);
        var docking = pair.From + dice.Span(TimeSpan.Zero, pair.To - pair.From);
        var number = pair.FirstNumber + dice.Below(pair.Numbers);
        var departure = Departure(id, docking, TimeSpan.FromHours(1), TimeSpan.FromHours(8));
        return new Plan(id, Kind.VehicleTarget, docking, departure, null, 100 + pair.Target, Catalog.Configs[pair.Chaser], null, pair, null, number);
    }

    private static Plan PayloadPlan(int id, Dice dice)
    {
        var pair = dice.Pick(Catalog.PayloadPairs);
        var docking = pair.From + dice.Span(TimeSpan.Zero, TimeSpan.FromDays(pair.WindowDays));
        var station = pair.Station is { } stationId ? Catalog.Stations.Single(s => s.Id == stationId) : null;
        var port = station is not null ? dice.Pick(station.Ports).Id : 200 + pair.Target!.Value;
        // A module stays until its station is gone; a servicer for years; an ascender hands over its samples at once.
        DateTime? departure = pair.Instant && dice.OneIn(2) ? docking
            : station is not null ? (station.To < LastDocking ? station.To : null)
            : docking + dice.Span(TimeSpan.FromDays(30), TimeSpan.FromDays(1900));
        return new Plan(id, Kind.PayloadChaser, docking, departure, station, port, null, null, null, pair, 0);
    }

    /// <summary>A time when some station was in orbit, uniformly over the years of stations.</summary>
    private static DateTime StationTime(Dice dice)
    {
        while (true)
        {
            var time = FirstStation + dice.Span(TimeSpan.Zero, LastDocking - FirstStation);
            if (Catalog.Stations.Any(s => s.From <= time && time < s.To))
            {
                return time;
            }
        }
    }

    /// <summary>Mostly a stay of some length; sometimes none (docking equals departure), sometimes unknown or not yet.</summary>
    private DateTime? Departure(int id, DateTime docking, TimeSpan shortest, TimeSpan longest)
    {
        var dice = new Dice(seed, Salt.Departure, id);
        if (dice.OneIn(30))
        {
            return docking;
        }

        if ((docking.Year >= 2024 && dice.OneIn(2)) || dice.OneIn(25))
        {
            return null;
        }

        return docking + dice.Span(shortest, longest);
    }

    private static TimeSpan Distance(StationRow station, DateTime time) =>
        time < station.From ? station.From - time : time - station.To;
}
