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
/// depth limit, and the parsed tree is measured (<see cref="DocumentMeasure"/>); a document past
/// any limit is refused with that limit's code, and one within them is handed to the executer
/// parsed, so it is never parsed twice.
/// </summary>
public static class DocumentGate
{
    public const string TokensCode = "MAX_TOKENS_EXCEEDED";
    public const string ParserDepthCode = "MAX_PARSER_DEPTH_EXCEEDED";
    public const string SelectionSetCode = "MAX_FIELDS_PER_SELECTION_SET_EXCEEDED";
    public const string AliasesCode = "MAX_ALIASES_EXCEEDED";
    public const string DirectivesCode = "MAX_DIRECTIVES_EXCEEDED";
    public const string OperationsCode = "MAX_OPERATIONS_EXCEEDED";
    public const string VariablesCode = "MAX_VARIABLES_EXCEEDED";
    public const string ExecutedFieldsCode = "MAX_EXECUTED_FIELDS_EXCEEDED";

    /// <returns>The parsed document, or null when the text does not parse (the executer reports the syntax error as usual).</returns>
    /// <exception cref="ExecutionError">The document passes a limit; its code and <c>maxAllowed</c> say which.</exception>
    public static GraphQLDocument? Admit(string query, GraphLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var tokens = CountTokens(query, limits.MaxTokens);
        Check(TokensCode, "tokens", tokens, limits.MaxTokens);

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
    private static int CountTokens(string query, int limit)
    {
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
            throw Refusal(code, string.Create(CultureInfo.InvariantCulture, $"The request has more {what} than the {allowed} allowed ({(actual == long.MaxValue ? "too many to count" : actual.ToString(CultureInfo.InvariantCulture))})."), allowed);
        }
    }

    private static ExecutionError Refusal(string code, string message, long allowed)
    {
        var error = new ExecutionError(message) { Code = code };
        error.Data["maxAllowed"] = allowed;
        return error;
    }
}
