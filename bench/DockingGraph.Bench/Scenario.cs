using System.Text.Json;

namespace DockingGraph.Bench;

/// <summary>
/// One request shape of the suite: DockingGraph's document, and the same question asked of
/// PostGraphile where its schema can ask it with the same meaning (null where it cannot: our
/// <c>search</c> is LL2's, and a station's docking events are those it chased or was docked to).
/// </summary>
/// <param name="Walks">A cursor walk: each connection pages through the whole list, 100 at a time, and starts again.</param>
public sealed record Scenario(string Name, string Query, string? PeerQuery, bool Walks = false)
{
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new(
            "nested page (100 events, to-one chain)",
            "{ dockingEvents(first: 100, order: [{ docking: DESC }]) { totalCount nodes { id docking departure dockingLocation { id name spacestation { id name } } spaceStationTarget { id name } flightVehicleChaser { id destination spacecraft { id name spacecraftConfig { id name agency { id name } } } } } } }",
            "{ allDockingEvents(first: 100, orderBy: [DOCKING_DESC, ID_ASC]) { totalCount nodes { id docking departure dockingLocationByDockingLocationId { id name spaceStationBySpacestationId { id name } } spaceStationBySpaceStationTargetId { id name } spacecraftFlightByFlightVehicleChaserId { id destination spacecraftBySpacecraftId { id name spacecraftConfigurationBySpacecraftConfigId { id name agencyByAgencyId { id name } } } } } } }"),
        new(
            "reverse relations (stations → events → chaser)",
            "{ spaceStations(first: 10) { nodes { id name dockingEvents(first: 10, order: [{ docking: DESC }]) { totalCount nodes { id docking flightVehicleChaser { id spacecraft { id name } } } } } } }",
            null),
        new(
            "search, three terms",
            "{ dockingEvents(first: 20, search: \"Soyuz Zvezda Space\") { totalCount nodes { id docking dockingLocation { name } } } }",
            null),
        new(
            "deep where",
            "{ dockingEvents(first: 20, where: { and: [{ docking: { gte: \"2010-01-01T00:00:00Z\" } }, { departure: { neq: null } }, { dockingLocation: { spacestation: { name: { startsWith: \"International\" } } } }, { flightVehicleChaser: { spacecraft: { spacecraftConfig: { agency: { name: { contains: \"Russia\" } } } } } }] }, order: [{ docking: ASC }]) { totalCount nodes { id docking } } }",
            null),
        new(
            "cursor walk to the end (pages of 100)",
            "query ($after: String) { dockingEvents(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id docking departure } } }",
            "query ($after: Cursor) { allDockingEvents(first: 100, after: $after, orderBy: [ID_ASC]) { pageInfo { hasNextPage endCursor } nodes { id docking departure } } }",
            Walks: true),
        new(
            "one record by id",
            "{ dockingEvent(id: 181) { id docking departure dockingLocation { id name } flightVehicleChaser { id spacecraft { name } } } }",
            "{ dockingEventById(id: 181) { id docking departure dockingLocationByDockingLocationId { id name } spacecraftFlightByFlightVehicleChaserId { id spacecraftBySpacecraftId { name } } } }"),
        new(
            "introspection",
            IntrospectionQuery,
            IntrospectionQuery),
    ];

    public static string Body(string query) => JsonSerializer.Serialize(new { query });

    /// <summary>The common introspection query of GraphQL IDEs (types, fields, arguments, enum values, input fields; no deprecated flags).</summary>
    private const string IntrospectionQuery = "query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } directives { name description locations args { ...InputValue } } } } fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } } fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue } fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";
}
