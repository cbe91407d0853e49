using System.Globalization;
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
        if (node == context.Operation)
        {
            Walk(context, context.Operation.SelectionSet, inside: false, lists: 0, ofType: 0, []);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => ValueTask.CompletedTask;

    /// <returns>False once an error is reported (the walk stops).</returns>
    private bool Walk(ValidationContext context, GraphQLSelectionSet selections, bool inside, int lists, int ofType, HashSet<string> spreading)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    var entering = !inside && name is "__schema" or "__type";
                    if (entering && !limits.Introspection)
                    {
                        Report(context, field, NotAllowedCode, "Introspection is not allowed for the current request.", ("field", name));
                        return false;
                    }

                    var nestedLists = inside && Lists.Contains(name) ? lists + 1 : lists;
                    var nestedOfType = inside && name == "ofType" ? ofType + 1 : ofType;
                    if (nestedLists > limits.MaxIntrospectionLists || nestedOfType > limits.MaxIntrospectionTypeDepth)
                    {
                        Report(
                            context,
                            field,
                            DepthCode,
                            string.Create(CultureInfo.InvariantCulture, $"Maximum allowed introspection depth exceeded: at most {limits.MaxIntrospectionLists} nested lists and {limits.MaxIntrospectionTypeDepth} nested `ofType` along a path."),
                            ("maxLists", limits.MaxIntrospectionLists));
                        return false;
                    }

                    if (field.SelectionSet is { } nested && !Walk(context, nested, inside || entering, nestedLists, nestedOfType, spreading))
                    {
                        return false;
                    }

                    break;
                case GraphQLInlineFragment inline:
                    if (!Walk(context, inline.SelectionSet, inside, lists, ofType, spreading))
                    {
                        return false;
                    }

                    break;

                // The document stage has bounded the fields a document expands to, so following
                // spreads along each path is bounded too; a cycle is validation's to report.
                case GraphQLFragmentSpread spread when spreading.Add(spread.FragmentName.Name.StringValue):
                    var fragment = context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name);
                    var holds = fragment is null || Walk(context, fragment.SelectionSet, inside, lists, ofType, spreading);
                    spreading.Remove(spread.FragmentName.Name.StringValue);
                    if (!holds)
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    private static void Report(ValidationContext context, GraphQLField field, string code, string message, (string Key, object Value) extension)
    {
        var error = new ValidationError(context.Document.Source, null, message, field) { Code = code };
        error.Data[extension.Key] = extension.Value;
        context.ReportError(error);
    }
}
