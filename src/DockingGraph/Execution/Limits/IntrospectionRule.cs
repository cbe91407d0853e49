using System.Globalization;
using DockingGraph.Querying;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// The introspection policy: introspection is on by default (the data is public and the IDE reads
/// the schema through it) and can be turned off (<c>GraphQL:Introspection</c>; HotChocolate's
/// <c>HC0046</c>). It has a depth limit of its own, since its types are cyclic: along any path
/// below <c>__schema</c> or <c>__type</c>, at most <c>GraphQL:MaxIntrospectionLists</c> lists that
/// multiply the answer (<c>types</c>, <c>fields</c>, <c>args</c>, <c>inputFields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c>, <c>enumValues</c>, <c>directives</c>) and
/// <c>GraphQL:MaxIntrospectionTypeDepth</c> nested <c>ofType</c>; past either, HotChocolate's
/// <c>HC0086</c>. The standard introspection query of IDEs stays within both.
/// </summary>
internal sealed class IntrospectionRule(GraphLimits limits) : ValidationRuleBase, INodeVisitor
{
    public const string NotAllowedCode = "HC0046";
    public const string DepthCode = "HC0086";

    private static readonly HashSet<string> Lists = ["types", "fields", "args", "inputFields", "interfaces", "possibleTypes", "enumValues", "directives"];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(this);

    public ValueTask EnterAsync(ASTNode node, ValidationContext context)
    {
        if (node == context.Operation && SelectionGraph.Of(context) is { } graph)
        {
            Walk(context, graph);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => ValueTask.CompletedTask;

    /// <summary>
    /// Every path of the operation's <see cref="SelectionGraph"/> in document order, until the
    /// first error. A node is walked once per state it is reached in (inside introspection or not,
    /// lists and <c>ofType</c> so far; a few dozen states at most), since the same selection in
    /// the same state finds the same: a chain of fragments each spreading the next many times is
    /// walked in linear time. Without recursion. A field the schema does not know is validation's
    /// to report.
    /// </summary>
    private void Walk(ValidationContext context, SelectionGraph graph)
    {
        var walked = new HashSet<(SelectionNode Node, Path State)>();
        var pending = new Stack<(NodeItem Item, Path State)>();
        Push(pending, walked, graph.Root, new Path(Inside: false, Lists: 0, OfType: 0));
        while (pending.TryPop(out var entry))
        {
            var (item, state) = entry;
            if (item is not SelectedField field)
            {
                Push(pending, walked, item.Below!, state);
                continue;
            }

            var name = field.Ast.Name.StringValue;
            var entering = !state.Inside && name is "__schema" or "__type";
            if (entering && !limits.Introspection)
            {
                Report(context, field.Ast, NotAllowedCode, "Introspection is not allowed for the current request.", ("field", name));
                return;
            }

            var nested = new Path(
                state.Inside || entering,
                state.Inside && Lists.Contains(name) ? state.Lists + 1 : state.Lists,
                state.Inside && name == "ofType" ? state.OfType + 1 : state.OfType);
            if (nested.Lists > limits.MaxIntrospectionLists || nested.OfType > limits.MaxIntrospectionTypeDepth)
            {
                Report(
                    context,
                    field.Ast,
                    DepthCode,
                    string.Create(CultureInfo.InvariantCulture, $"Maximum allowed introspection depth exceeded: at most {limits.MaxIntrospectionLists} nested lists and {limits.MaxIntrospectionTypeDepth} nested `ofType` along a path."),
                    ("maxLists", limits.MaxIntrospectionLists));
                return;
            }

            if (field.Below is { } below)
            {
                Push(pending, walked, below, nested);
            }
        }
    }

    /// <summary>A node's fields and fragments in reverse, so that they are popped in document order; nothing when the node was walked in this state already.</summary>
    private static void Push(Stack<(NodeItem Item, Path State)> pending, HashSet<(SelectionNode Node, Path State)> walked, SelectionNode node, Path state)
    {
        if (!walked.Add((node, state)))
        {
            return;
        }

        for (var i = node.Items.Count - 1; i >= 0; i--)
        {
            pending.Push((node.Items[i], state));
        }
    }

    private static void Report(ValidationContext context, GraphQLField field, string code, string message, (string Key, object Value) extension)
    {
        var error = new ValidationError(context.Document.Source, null, message, field) { Code = code };
        error.Data[extension.Key] = extension.Value;
        context.ReportError(error);
    }

    /// <summary>Where a walk is: below <c>__schema</c> or <c>__type</c> or not, and the lists and <c>ofType</c> above.</summary>
    private readonly record struct Path(bool Inside, int Lists, int OfType);
}
