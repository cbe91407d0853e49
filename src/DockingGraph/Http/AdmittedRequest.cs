using GraphQLParser.AST;

namespace DockingGraph.Http;

/// <summary>A request whose document passed the document stage, ready to execute.</summary>
/// <param name="Request">The request, with its persisted document's text looked up.</param>
/// <param name="Document">The parsed document, or null when it did not parse (the executer reports that).</param>
/// <param name="Validated">Whether the document was kept as validated before: only the rules that read variables run again.</param>
/// <param name="Operation">The operation a GET selects (a POST does not look), or null.</param>
/// <param name="Own">The gateway's own document (the LL2 mirror's): its size is the gateway's, so only the bounds on its inputs are checked (<see cref="Execution.ValidationRules"/>).</param>
/// <param name="Shape">What a planned answer of the gateway's own document writes beside its fields.</param>
internal sealed record AdmittedRequest(GraphQLRequestBody Request, GraphQLDocument? Document, bool Validated, GraphQLOperationDefinition? Operation, bool Own = false, Execution.Plans.AnswerShape? Shape = null);
