using DockingGraph.Execution.Limits;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace DockingGraph.Execution;

/// <summary>
/// The validation rules of a request, as two lists made once: GraphQL.NET's own rules and ours
/// for a document not yet kept, and for a kept document (<see cref="ValidatedDocuments"/>) only
/// the rules that read the variables: requested items, input bounds and cost. The introspection
/// policy and the operation type read the document alone, which a kept document has passed.
/// The cost comes last: a request past a bound is refused with that bound's code alone (the
/// analyzer skips a request that has errors already). GraphQL.NET's <c>AddValidationRule</c>
/// appends each rule to the request's lists at every request. The gateway's own documents (the
/// LL2 mirror's, whose size and page the gateway sets) are checked for their inputs' bounds only.
/// </summary>
internal sealed class ValidationRules(GraphLimits limits) : IConfigureExecution
{
    /// <summary>The user-context flag of a request with one of the gateway's own documents.</summary>
    public const string OwnDocument = "dockinggraph.document.own";

    private readonly IValidationRule[] inputRules = [new InputBoundsRule(limits)];
    private readonly IValidationRule[] variableRules = [new RequestedItemsRule(limits.MaxRequestedItems), new InputBoundsRule(limits), new RequestCost(limits)];
    private IValidationRule[]? allRules;

    /// <summary>After GraphQL.NET's builder has configured the request (100), before telemetry and execution (200).</summary>
    public float SortOrder => 150;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        allRules ??= [.. options.ValidationRules ?? DocumentValidator.CoreRules, new OperationTypeRule(), new IntrospectionRule(limits), .. variableRules];
        var kept = options.UserContext.TryGetValue(ValidatedDocuments.FromCache, out var cached) && cached is true;
        var own = options.UserContext.TryGetValue(OwnDocument, out var flag) && flag is true;
        options.ValidationRules = own ? inputRules : kept ? variableRules : allRules;
        options.CachedDocumentValidationRules = own ? inputRules : variableRules;
        return next(options);
    }
}
