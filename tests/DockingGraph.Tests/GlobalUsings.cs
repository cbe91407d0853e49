global using DockingGraph.Features.Agencies;
global using DockingGraph.Features.DockingEvents;
global using DockingGraph.Features.Payloads;
global using DockingGraph.Features.SpacecraftCatalog;
global using DockingGraph.Features.SpacecraftFlights;
global using DockingGraph.Storage;
global using Xunit;
