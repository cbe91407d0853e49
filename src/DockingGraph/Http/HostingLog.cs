namespace DockingGraph.Http;

public static partial class HostingLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error (trace {TraceId})")]
    public static partial void LogUnexpected(this ILogger logger, Exception? exception, string traceId);
}
