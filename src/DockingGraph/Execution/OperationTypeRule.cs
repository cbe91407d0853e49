using GraphQL.Validation;
using GraphQLParser.AST;

namespace DockingGraph.Execution;

/// <summary>
/// The spec's "Operation Type Existence": an operation whose type the schema has no root for (the
/// graph answers queries and subscriptions) is a validation error of the client's, not an error of the server's
/// when the executer finds no root to run it on.
/// </summary>
internal sealed class OperationTypeRule : ValidationRuleBase, INodeVisitor
{
    public const string Code = "OPERATION_TYPE_NOT_SUPPORTED";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(this);

    public ValueTask EnterAsync(ASTNode node, ValidationContext context)
    {
        if (node is GraphQLOperationDefinition operation && RootOf(operation.Operation, context) is null)
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            context.ReportError(new ValidationError(context.Document.Source, "5.2.1", $"This graph has no {kind} type: it answers queries and subscriptions, so a {kind} cannot be run.", operation)
            {
                Code = Code,
            });
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => ValueTask.CompletedTask;

    private static object? RootOf(OperationType type, ValidationContext context) => type switch
    {
        OperationType.Mutation => context.Schema.Mutation,
        OperationType.Subscription => context.Schema.Subscription,
        _ => context.Schema.Query,
    };
}
