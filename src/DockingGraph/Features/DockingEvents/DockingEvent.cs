namespace DockingGraph.Features.DockingEvents;

public sealed class DockingEvent : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public DateTime? Docking { get; set; }

    public DateTime? Departure { get; set; }

    public int? DockingLocationId { get; set; }

    public DockingLocation? DockingLocation { get; set; }

    public int? FlightVehicleChaserId { get; set; }

    public SpacecraftFlight? FlightVehicleChaser { get; set; }

    public int? FlightVehicleTargetId { get; set; }

    public SpacecraftFlight? FlightVehicleTarget { get; set; }

    public int? SpaceStationChaserId { get; set; }

    public SpaceStation? SpaceStationChaser { get; set; }

    public int? SpaceStationTargetId { get; set; }

    public SpaceStation? SpaceStationTarget { get; set; }

    public int? PayloadFlightChaserId { get; set; }

    public PayloadFlight? PayloadFlightChaser { get; set; }

    public int? PayloadFlightTargetId { get; set; }

    public PayloadFlight? PayloadFlightTarget { get; set; }
}
