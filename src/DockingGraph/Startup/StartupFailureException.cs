namespace DockingGraph.Startup;

/// <summary>
/// The gateway cannot start as configured (a store that cannot be opened or reached): reported as
/// one line, with exit code 1 and no stack trace, because the fix is the operator's, not the code's.
/// </summary>
public sealed class StartupFailureException : Exception
{
    public StartupFailureException(string message)
        : base(message)
    {
    }

    public StartupFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StartupFailureException()
    {
    }
}
