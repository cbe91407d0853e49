using System.Globalization;
using GraphQL;
using GraphQL.Execution;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// A request that ran past <c>GraphQL:ExecutionTimeout</c>: GraphQL.NET cancels it (the statement
/// it waits for with it, see <c>StoreCancellation</c>) and answers with its timeout error, which is
/// told here as HotChocolate tells it (<c>HC0045</c>), with no partial data.
/// </summary>
internal static class ExecutionTimeout
{
    public const string Code = "HC0045";

    public static void Describe(ExecutionResult result, TimeSpan timeout)
    {
        if (result.Errors is not { } errors || !errors.Any(e => e is TimeoutError))
        {
            return;
        }

        result.Errors = [.. errors.Select(e => e is TimeoutError
            ? new ExecutionError(string.Create(CultureInfo.InvariantCulture, $"The request exceeded the configured timeout of `{timeout:c}`.")) { Code = Code }
            : e)];

        // It ran: a timeout is the server's answer, not a refused request.
        result.Executed = true;
    }
}
