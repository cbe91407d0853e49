using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CsCheck;
using DockingGraph.Execution.Limits;
using GraphQL.Types;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// Documents generated from the schema itself, with CsCheck: random selections of real fields
/// (aliases, fragments on unions), real arguments with values of their input types (filters,
/// sorts, searches, pages, cursors), sometimes through variables, mostly valid and now and then
/// not (a wrong value, an unknown field, a corrupted character), so that the fuzzing reaches past
/// the parser into validation, translation and the store.
/// </summary>
public sealed class SchemaFuzzer(ISchema schema)
{
    private const int MaxDepth = 4;

    private static readonly string[] Texts =
    [
        "", "ISS", "Progress MS", "\"Progress MS\" harmony", "тяньгун", "%", "_", "\\", "'", "\"", "a,b", "  ", "\u0000", "🚀", new string('x', 120), "SpaceX Dragon", "Tiangong",
    ];

    private static readonly string[] Instants = ["2020-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2999-12-31T23:59:59Z", "2021-04-24T09:08:00+02:00"];
    private static readonly string[] BadInstants = ["yesterday", "2020-13-01T00:00:00Z"];
    private static readonly string[] Dates = ["2020-01-01", "1961-04-12"];
    private static readonly string[] BadDates = ["2020-02-30", "not a date"];
    private static readonly string[] Durations = ["P0D", "PT5H56M54S", "P108DT4H24M37S"];
    private static readonly string[] BadDurations = ["P1Y", "nonsense"];
    private static readonly string[] Cursors = ["WyJpZCIsMV0=", "not a cursor", ""];

    /// <summary>
    /// A request of <see cref="Requests"/>, or one of the shapes that stress the document stage,
    /// built from its limits: chains of fragments each nesting a few fields and spreading the next,
    /// inline fragments nested through spreads, chains ending in an unknown fragment or closing a
    /// cycle, and documents just under and just over each limit. Some of them overflowed the stack
    /// once: run them against a gateway process only.
    /// </summary>
    public Gen<(string Query, Dictionary<string, object?> Variables)> HostileRequests =>
        Gen.Frequency((3, Requests), (2, Shapes.Select(query => (query, new Dictionary<string, object?>()))));

    private static Gen<string> Shapes
    {
        get
        {
            var limits = new GraphLimits();
            return Gen.OneOf(
                Gen.Int[1, 80].SelectMany(fragments => Gen.Int[1, 50].Select(levels => DepthThroughFragmentsTests.LevelsChain(fragments, levels))),
                Gen.Int[limits.MaxDepth - 2, limits.MaxDepth + 2].Select(depth => DepthThroughFragmentsTests.FieldChain(depth)),
                Gen.Int[limits.MaxParserDepth - 2, limits.MaxParserDepth + 2].Select(DepthThroughFragmentsTests.InlineChain),
                Gen.Int[1, 1_000].Select(DepthThroughFragmentsTests.InlineChain),
                Gen.Int[1, 9].SelectMany(count => Gen.OneOf("...Missing", "...F0", "__typename").Select(last => DepthThroughFragmentsTests.TenfoldChain(count, last))),
                Gen.Int[limits.MaxExecutedFields - 1, limits.MaxExecutedFields + 1].Select(DepthThroughFragmentsTests.ExecutedFields),
                Gen.Int[limits.MaxFieldsPerSelectionSet - 1, limits.MaxFieldsPerSelectionSet + 1].Select(n => $"{{ {string.Join(" ", Enumerable.Repeat("__typename", n))} }}"),
                Gen.Int[limits.MaxAliases - 1, limits.MaxAliases + 1].Select(n => $"{{ {string.Join(" ", Enumerable.Range(0, n).Select(i => $"a{i}: dockingEvents(first: 1) {{ nodes {{ id }} }}"))} }}"),
                Gen.Int[limits.MaxTokens - 12, limits.MaxTokens + 2].Select(tokens => $"{{ dockingEvents(where: {{ id: {{ in: [{string.Join(", ", Enumerable.Range(1, tokens - 20))}] }} }}) {{ totalCount }} }}"),
                Gen.Int[limits.MaxDirectives - 1, limits.MaxDirectives + 1].Select(n => $"{{ {string.Join(" ", Enumerable.Repeat("__typename @include(if: true)", n))} }}"),
                Gen.Int[limits.MaxOperations - 1, limits.MaxOperations + 1].Select(n => string.Join(" ", Enumerable.Range(0, n).Select(i => $"query Q{i} {{ __typename }}"))),
                Gen.Int[limits.MaxVariables - 1, limits.MaxVariables + 1].Select(n => $"query ({string.Join(", ", Enumerable.Range(0, n).Select(i => $"$v{i}: Boolean = true"))}) {{ __typename @include(if: $v0) }}"));
        }
    }

    /// <summary>A request: the document and its variables (JSON values), or a corrupted one.</summary>
    public Gen<(string Query, Dictionary<string, object?> Variables)> Requests =>
        Gen.Frequency(
            (9, Operation()),
            (1, Operation().SelectMany(request => Gen.Int[0, Math.Max(0, request.Query.Length - 1)].SelectMany(at => Gen.Char.Select(c => (request.Query.Remove(at, 1).Insert(at, c.ToString()), request.Variables))))));

    private Gen<(string Query, Dictionary<string, object?> Variables)> Operation() =>
        Selection((IComplexGraphType)schema.Query, 0).Select(selection =>
        {
            var variables = new Dictionary<string, object?>();
            var declarations = new List<string>();
            foreach (var (name, type, value, defaultValue) in selection.Variables)
            {
                if (defaultValue is null)
                {
                    declarations.Add($"${name}: {type}");
                    variables[name] = value;
                }
                else
                {
                    declarations.Add($"${name}: {type} = {defaultValue}");
                }
            }

            var header = declarations.Count == 0 ? "query Fuzzed" : $"query Fuzzed({string.Join(", ", declarations)})";
            return ($"{header} {{ {selection.Text} }}", variables);
        });

    private Gen<Selected> Selection(IComplexGraphType type, int depth)
    {
        var fields = type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToArray();
        if (depth >= MaxDepth || fields.Length == 0)
        {
            return Gen.Const(new Selected("__typename", []));
        }

        return Gen.Int[1, Math.Min(4, fields.Length)]
            .SelectMany(count => Gen.Shuffle(fields, count))
            .SelectMany(chosen => Sequence(chosen.Select((field, i) => Field(field, depth, i))))
            .Select(parts => new Selected(string.Join(" ", parts.Select(p => p.Text)), [.. parts.SelectMany(p => p.Variables)]));
    }

    private Gen<Selected> Field(FieldType field, int depth, int position)
    {
        var arguments = Sequence((field.Arguments ?? []).Select(argument => Argument(field, argument, depth, position)));
        var target = Unwrap(field.ResolvedType!);
        var nested = target switch
        {
            IComplexGraphType complex => Selection(complex, depth + 1).Select(s => s with { Text = $"{{ {s.Text} }}" }),
            UnionGraphType union => Sequence(union.PossibleTypes.Select(possible => Selection(possible, depth + 1).Select(s => s with { Text = $"... on {possible.Name} {{ {s.Text} }}" })))
                .Select(parts => new Selected($"{{ __typename {string.Join(" ", parts.Select(p => p.Text))} }}", [.. parts.SelectMany(p => p.Variables)])),
            _ => Gen.Const(new Selected("", [])),
        };
        return Gen.Select(arguments, nested, Gen.Int[0, 9], (args, inner, alias) =>
        {
            var given = args.Where(a => a is not null).Select(a => a!).ToList();
            var argumentText = given.Count == 0 ? "" : $"({string.Join(", ", given.Select(a => a.Text))})";
            var name = alias < 2 ? $"f{depth}_{position}: {field.Name}" : field.Name;
            return new Selected($"{name}{argumentText} {inner.Text}", [.. given.SelectMany(a => a.Variables), .. inner.Variables]);
        });
    }

    /// <summary>An argument or null (left out), sometimes passed through a variable.</summary>
    private static Gen<Selected?> Argument(FieldType field, QueryArgument argument, int depth, int position)
    {
        var required = argument.ResolvedType is NonNullGraphType;
        var value = InputValue(argument.ResolvedType!, 0, argument.Name);
        return Gen.Select(Gen.Int[0, 9], value, (choice, v) =>
        {
            if (!required && choice < 7)
            {
                return null;
            }

            if (choice >= 8 && argument.ResolvedType is not NonNullGraphType)
            {
                // Sent with the request, or given as the variable's default value.
                var variable = $"v{depth}_{position}_{argument.Name}";
                return new Selected($"{argument.Name}: ${variable}", [(variable, argument.ResolvedType!.ToString()!, v.Json, choice == 8 ? v.Literal : null)]);
            }

            return (Selected?)new Selected($"{argument.Name}: {v.Literal}", []);
        });
    }

    /// <summary>A value of an input type, as a GraphQL literal and as JSON; one in twenty is wrong on purpose.</summary>
    private static Gen<Value> InputValue(IGraphType type, int depth, string name) => type switch
    {
        NonNullGraphType nonNull => InputValue(nonNull.ResolvedType!, depth, name),
        ListGraphType list => Gen.Int[0, 3].SelectMany(n => Sequence(Enumerable.Range(0, n).Select(_ => InputValue(list.ResolvedType!, depth, name))))
            .Select(items => new Value($"[{string.Join(", ", items.Select(i => i.Literal))}]", items.Select(i => i.Json).ToList())),
        IInputObjectGraphType input when depth < 3 => Gen.Int[0, Math.Min(3, input.Fields.Count)]
            .SelectMany(count => Gen.Shuffle(input.Fields.ToArray(), count))
            .SelectMany(fields => Sequence(fields.Select(f => InputValue(f.ResolvedType!, depth + 1, f.Name).Select(v => (f.Name, v)))))
            .Select(fields => new Value($"{{ {string.Join(", ", fields.Select(f => $"{f.Name}: {f.v.Literal}"))} }}", fields.ToDictionary(f => f.Name, f => f.v.Json))),
        IInputObjectGraphType => Gen.Const(new Value("{ }", new Dictionary<string, object?>())),
        EnumerationGraphType enumeration => Gen.Frequency(
            (19, Gen.OneOf(enumeration.Values.Select(v => v.Name).ToArray()).Select(v => new Value(v, v))),
            (1, Gen.Const(new Value("NOT_A_VALUE", "NOT_A_VALUE")))),
        _ => Scalar(type.Name, name),
    };

    private static Gen<Value> Scalar(string type, string name) => (type, name) switch
    {
        ("Int", "first" or "last") => Gen.Frequency((8, Gen.OneOf(1, 2, 5, 10)), (1, Gen.OneOf(-1, 0, 37, 100, 101))).Select(Number),
        ("Int", _) => Gen.Frequency((8, Gen.OneOf(1, 4, 151, 187, 607, 609)), (1, Gen.OneOf(0, -5, int.MaxValue, int.MinValue))).Select(Number),
        ("Float", _) => Gen.OneOf(0.0, 1.5, -2.25, 1e300).Select(d => new Value(d.ToString("R", CultureInfo.InvariantCulture), d)),
        ("Boolean", _) => Gen.Bool.Select(b => new Value(b ? "true" : "false", b)),
        ("String", "after" or "before") => Gen.OneOf(Cursors).Select(Text),
        ("DateTime", _) => Sometimes(Instants, BadInstants),
        ("Date", _) => Sometimes(Dates, BadDates),
        ("Duration", _) => Sometimes(Durations, BadDurations),
        _ => Gen.Frequency((3, Gen.OneOf(Texts)), (1, Gen.String[0, 12])).Select(Text),
    };

    /// <summary>A good value, or one time in ten a bad one.</summary>
    private static Gen<Value> Sometimes(string[] good, string[] bad) => Gen.Frequency((9, Gen.OneOf(good)), (1, Gen.OneOf(bad))).Select(Text);

    private static Value Number(int n) => new(n.ToString(CultureInfo.InvariantCulture), n);

    private static Value Text(string s) => new(JsonSerializer.Serialize(s), s);

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    private static Gen<ImmutableList<T>> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(ImmutableList<T>.Empty), (all, next) => all.SelectMany(list => next.Select(item => list.Add(item))));

    /// <summary>A piece of a document and the variables it declared (name, type, JSON value).</summary>
    private sealed record Selected(string Text, ImmutableList<(string Name, string Type, object? Value, string? Default)> Variables);

    private sealed record Value(string Literal, object? Json);
}
