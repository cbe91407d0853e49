using System.Text.Json;

namespace DockingGraph.Bench;

/// <summary>
/// One request shape of the suite: DockingGraph's document, and the same question asked of each
/// peer whose schema can ask it with the same meaning (none can ask our <c>search</c>, which is
/// LL2's, nor a station's docking events, those it chased or was docked to; PostGraphile's filter
/// does not reach across relations; HotChocolate's server has the events' connection only).
/// </summary>
/// <param name="PeerQueries">The question in each peer's schema, for the peers that can ask it.</param>
/// <param name="Walks">A cursor walk: each connection pages through the whole list, 100 at a time, and starts again.</param>
/// <param name="Mirror">
/// An address of the gateway's LL2 mirror, measured against the graph asked the same fields: the
/// graph operation that answers it, which the mirror's OpenAPI document gives (<c>x-graphql</c>),
/// takes the place of <paramref name="Query"/>.
/// </param>
public sealed record Scenario(string Name, string Query, IReadOnlyDictionary<Peer, string> PeerQueries, bool Walks = false, string? Mirror = null)
{
    /// <summary>No peer can ask it (declared before <see cref="All"/>, which reads it as it is initialised).</summary>
    private static readonly Dictionary<Peer, string> NoPeer = [];

    public static IReadOnlyList<Scenario> All { get; } =
    [
        new(
            "nested page (100 events, to-one chain)",
            NestedPage,
            new Dictionary<Peer, string>
            {
                [Peer.PostGraphile4] = "{ allDockingEvents(first: 100, orderBy: [DOCKING_DESC, ID_ASC]) { totalCount nodes { id docking departure dockingLocationByDockingLocationId { id name spaceStationBySpacestationId { id name } } spaceStationBySpaceStationTargetId { id name } spacecraftFlightByFlightVehicleChaserId { id destination spacecraftBySpacecraftId { id name spacecraftConfigurationBySpacecraftConfigId { id name agencyByAgencyId { id name } } } } } } }",
                [Peer.PostGraphile5] = "{ allDockingEvents(first: 100, orderBy: [DOCKING_DESC, ROW_ID_ASC]) { totalCount nodes { rowId docking departure dockingLocationByDockingLocationId { rowId name spaceStationBySpacestationId { rowId name } } spaceStationBySpaceStationTargetId { rowId name } spacecraftFlightByFlightVehicleChaserId { rowId destination spacecraftBySpacecraftId { rowId name spacecraftConfigurationBySpacecraftConfigId { rowId name agencyByAgencyId { rowId name } } } } } } }",
                [Peer.HotChocolate] = NestedPage,
            }),
        new(
            "reverse relations (stations → events → chaser)",
            "{ spaceStations(first: 10) { nodes { id name dockingEvents(first: 10, order: [{ docking: DESC }]) { totalCount nodes { id docking flightVehicleChaser { id spacecraft { id name } } } } } } }",
            NoPeer),
        new(
            "search, three terms",
            "{ dockingEvents(first: 20, search: \"Soyuz Zvezda Space\") { totalCount nodes { id docking dockingLocation { name } } } }",
            NoPeer),
        new(
            "deep where",
            DeepWhere,
            new Dictionary<Peer, string> { [Peer.HotChocolate] = DeepWhere }),
        new(
            "cursor walk to the end (pages of 100)",
            "query ($after: String) { dockingEvents(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id docking departure } } }",
            new Dictionary<Peer, string>
            {
                [Peer.PostGraphile4] = "query ($after: Cursor) { allDockingEvents(first: 100, after: $after, orderBy: [ID_ASC]) { pageInfo { hasNextPage endCursor } nodes { id docking departure } } }",
                [Peer.PostGraphile5] = "query ($after: Cursor) { allDockingEvents(first: 100, after: $after, orderBy: [ROW_ID_ASC]) { pageInfo { hasNextPage endCursor } nodes { rowId docking departure } } }",
                [Peer.HotChocolate] = "query ($after: String) { dockingEvents(first: 100, after: $after, order: [{ id: ASC }]) { pageInfo { hasNextPage endCursor } nodes { id docking departure } } }",
            },
            Walks: true),
        new(
            "one record by id",
            "{ dockingEvent(id: 181) { id docking departure dockingLocation { id name } flightVehicleChaser { id spacecraft { name } } } }",
            new Dictionary<Peer, string>
            {
                [Peer.PostGraphile4] = "{ dockingEventById(id: 181) { id docking departure dockingLocationByDockingLocationId { id name } spacecraftFlightByFlightVehicleChaserId { id spacecraftBySpacecraftId { name } } } }",
                [Peer.PostGraphile5] = "{ dockingEventByRowId(rowId: 181) { rowId docking departure dockingLocationByDockingLocationId { rowId name } spacecraftFlightByFlightVehicleChaserId { rowId spacecraftBySpacecraftId { name } } } }",
            }),
        new(
            "LL2 mirror page (100 detailed events)",
            "",
            NoPeer,
            Mirror: "/2.3.0/docking_events/?mode=detailed&limit=100"),
        new(
            "introspection",
            IntrospectionQuery,
            new Dictionary<Peer, string> { [Peer.PostGraphile4] = IntrospectionQuery, [Peer.PostGraphile5] = IntrospectionQuery }),
    ];

    /// <summary>The nested page of the performance anchors; HotChocolate's schema asks it in the same words.</summary>
    private const string NestedPage = "{ dockingEvents(first: 100, order: [{ docking: DESC }]) { totalCount nodes { id docking departure dockingLocation { id name spacestation { id name } } spaceStationTarget { id name } flightVehicleChaser { id destination spacecraft { id name spacecraftConfig { id name agency { id name } } } } } } }";

    /// <summary>A <c>where</c> four relations deep; HotChocolate's filtering asks it in the same words.</summary>
    private const string DeepWhere = "{ dockingEvents(first: 20, where: { and: [{ docking: { gte: \"2010-01-01T00:00:00Z\" } }, { departure: { neq: null } }, { dockingLocation: { spacestation: { name: { startsWith: \"International\" } } } }, { flightVehicleChaser: { spacecraft: { spacecraftConfig: { agency: { name: { contains: \"Russia\" } } } } } }] }, order: [{ docking: ASC }]) { totalCount nodes { id docking } } }";

    public static string Body(string query) => JsonSerializer.Serialize(new { query });

    /// <summary>The common introspection query of GraphQL IDEs (types, fields, arguments, enum values, input fields; no deprecated flags).</summary>
    private const string IntrospectionQuery = "query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } directives { name description locations args { ...InputValue } } } } fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } } fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue } fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";
}
