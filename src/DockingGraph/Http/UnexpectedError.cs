namespace DockingGraph.Http;

/// <summary>What a client sees of a failure that is not its own, wherever it happens: a generic message and code, and a trace id to find the details in the log.</summary>
public static class UnexpectedError
{
    public const string Message = "Unexpected server error.";

    public const string Code = "INTERNAL_SERVER_ERROR";
}
