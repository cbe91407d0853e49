using System.Globalization;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// The stage between the HTTP body and the executer, for what GraphQL.NET does not bound (its
/// validation rules share one traversal and its parser bounds only depth): the document's tokens
/// are counted with GraphQL-Parser's own lexer (stopping one past the limit), it is parsed with a
/// depth limit, and the parsed tree is measured (<see cref="DocumentMeasure"/>): a document past
/// any limit, or spreading a fragment it does not define or a fragment within itself, is refused
/// with that limit's code (a depth past <c>GraphQL:MaxDepth</c> with the code the complexity
/// analyzer would give it; the fragments' own codes with GraphQL.NET's), so that no recursive
/// walk of the document goes deeper than <c>GraphQL:MaxParserDepth</c> selection sets; a document
/// within them is handed to the executer parsed, so it is never parsed twice.
/// </summary>
public static class DocumentGate
{
    public const string TokensCode = "MAX_TOKENS_EXCEEDED";
    public const string NumberLengthCode = "MAX_NUMBER_LENGTH_EXCEEDED";

    /// <summary>
    /// The most characters of a number in a document or a request's variables: an <c>Int</c> is at
    /// most 11 and a <c>Float</c> that means anything far fewer than this, while converting (and
    /// quoting back) a number of a million digits costs GraphQL.NET seconds of CPU before any rule
    /// could refuse it.
    /// </summary>
    public const int MaxNumberLength = 100;
    public const string ParserDepthCode = "MAX_PARSER_DEPTH_EXCEEDED";
    public const string SelectionSetCode = "MAX_FIELDS_PER_SELECTION_SET_EXCEEDED";
    public const string AliasesCode = "MAX_ALIASES_EXCEEDED";
    public const string DirectivesCode = "MAX_DIRECTIVES_EXCEEDED";
    public const string OperationsCode = "MAX_OPERATIONS_EXCEEDED";
    public const string VariablesCode = "MAX_VARIABLES_EXCEEDED";
    public const string ExecutedFieldsCode = "MAX_EXECUTED_FIELDS_EXCEEDED";

    /// <summary>GraphQL.NET's validation code for a spread of an undefined fragment (specification 5.5.1.2).</summary>
    public const string UnknownFragmentCode = "KNOWN_FRAGMENT_NAMES";

    /// <summary>GraphQL.NET's validation code for a fragment that spreads itself (specification 5.5.2.2).</summary>
    public const string FragmentCycleCode = "NO_FRAGMENT_CYCLES";

    /// <returns>The parsed document, or null when the text does not parse (the executer reports the syntax error as usual).</returns>
    /// <exception cref="ExecutionError">The document passes a limit; its code and <c>maxAllowed</c> say which.</exception>
    public static GraphQLDocument? Admit(string query, GraphLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var tokens = CountTokens(query, limits.MaxTokens, out var longestNumber);
        Check(TokensCode, "tokens", tokens, limits.MaxTokens);
        if (longestNumber > MaxNumberLength)
        {
            throw Refusal(NumberLengthCode, string.Create(CultureInfo.InvariantCulture, $"The document has a number of more than the {MaxNumberLength} characters allowed."), MaxNumberLength);
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { MaxDepth = limits.MaxParserDepth, Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw Refusal(ParserDepthCode, $"The document nests deeper than the {limits.MaxParserDepth} levels its parser allows.", limits.MaxParserDepth);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }

        var measure = DocumentMeasure.Of(document);
        Check(OperationsCode, "operations", measure.Operations, limits.MaxOperations);
        Check(VariablesCode, "variables", measure.Variables, limits.MaxVariables);
        Check(SelectionSetCode, "fields in one selection set", measure.WidestSelectionSet, limits.MaxFieldsPerSelectionSet);
        Check(AliasesCode, "aliases", measure.Aliases, limits.MaxAliases);
        Check(DirectivesCode, "directives", measure.Directives, limits.MaxDirectives);
        if (measure.UnknownFragment is { } unknown)
        {
            throw new ExecutionError($"Unknown fragment '{EchoedValue.Of(unknown)}'.") { Code = UnknownFragmentCode };
        }

        if (measure.CyclicFragment is { } cyclic)
        {
            throw new ExecutionError($"Cannot spread fragment '{EchoedValue.Of(cyclic)}' within itself.") { Code = FragmentCycleCode };
        }

        if (measure.FieldDepth > limits.MaxDepth)
        {
            var error = Refusal(RequestCost.DepthExceededCode, string.Create(CultureInfo.InvariantCulture, $"The request has an execution depth of {Count(measure.FieldDepth)} nested fields, more than the {limits.MaxDepth} allowed."), limits.MaxDepth);
            error.Data["detectedExecutionDepth"] = measure.FieldDepth;
            error.Data["allowedExecutionDepth"] = limits.MaxDepth;
            throw error;
        }

        if (measure.Nesting > limits.MaxParserDepth)
        {
            throw Refusal(ParserDepthCode, string.Create(CultureInfo.InvariantCulture, $"The document, its fragments spread, nests {Count(measure.Nesting)} selection sets deep, deeper than the {limits.MaxParserDepth} levels allowed."), limits.MaxParserDepth);
        }

        Check(ExecutedFieldsCode, "fields to execute (fragments expanded)", measure.ExecutedFields, limits.MaxExecutedFields);
        return document;
    }

    /// <summary>The variable values a request sends, counted before anything else (they are the request's, not the document's).</summary>
    /// <exception cref="ExecutionError">More values than <see cref="GraphLimits.MaxVariables"/>.</exception>
    public static void CheckVariableValues(Inputs? variables, GraphLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Check(VariablesCode, "variable values", variables?.Count ?? 0, limits.MaxVariables);
    }

    /// <summary>Tokens up to one past <paramref name="limit"/> (so a huge document costs no more than a small one); the lexer's own errors are the parser's to report.</summary>
    internal static int CountTokens(string query, int limit) => CountTokens(query, limit, out _);

    /// <param name="longestNumber">The characters of the longest <c>Int</c> or <c>Float</c> among the tokens counted.</param>
    private static int CountTokens(string query, int limit, out int longestNumber)
    {
        longestNumber = 0;
        var count = 0;
        var position = 0;
        try
        {
            while (count <= limit)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                if (token.Kind is TokenKind.INT or TokenKind.FLOAT)
                {
                    longestNumber = Math.Max(longestNumber, token.End - token.Start);
                }

                count++;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
        }

        return count;
    }

    private static void Check(string code, string what, long actual, long allowed)
    {
        if (actual > allowed)
        {
            throw Refusal(code, string.Create(CultureInfo.InvariantCulture, $"The request has more {what} than the {allowed} allowed ({Count(actual)})."), allowed);
        }
    }

    private static string Count(long actual) => actual == long.MaxValue ? "too many to count" : actual.ToString(CultureInfo.InvariantCulture);

    private static ExecutionError Refusal(string code, string message, long allowed)
    {
        var error = new ExecutionError(message) { Code = code };
        error.Data["maxAllowed"] = allowed;
        return error;
    }
}
