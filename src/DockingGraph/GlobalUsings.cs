// The feature folders reference each other's records constantly (a launch has a pad, an agency,
// images...); importing them all once keeps the entity files to what they describe.
global using DockingGraph.Features.Agencies;
global using DockingGraph.Features.DockingEvents;
global using DockingGraph.Features.DockingLocations;
global using DockingGraph.Features.Images;
global using DockingGraph.Features.Landings;
global using DockingGraph.Features.Launches;
global using DockingGraph.Features.PayloadFlights;
global using DockingGraph.Features.Payloads;
global using DockingGraph.Features.Programs;
global using DockingGraph.Features.SpacecraftCatalog;
global using DockingGraph.Features.SpacecraftFlights;
global using DockingGraph.Features.SpaceStations;
global using DockingGraph.Storage;
