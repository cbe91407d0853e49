using Microsoft.Extensions.Caching.Hybrid;

namespace DockingGraph.Http.Caching;

/// <summary>
/// Answers kept in this instance's memory (HybridCache, in-process only) under their entity tag,
/// so a repeated GET is written from memory: nothing executed, no statement. Bounded by
/// <c>Caching:ResponseCache:MaxBytes</c> in all and <c>MaxEntryBytes</c> each; an answer with
/// errors is never kept. Requests for the same tag at once wait for one execution.
/// </summary>
internal sealed class ResponseCache(HybridCache cache, HttpCachingOptions options)
{
    /// <param name="make">Executes the request and serializes its answer; run for a tag not kept yet.</param>
    public async Task<Answer> AnswerAsync(string tag, Func<CancellationToken, Task<Answer>> make)
    {
        try
        {
            // Not the client's cancellation: other requests may be waiting for this answer, and it
            // is made with the first client's request services, so that request waits for it too
            // (the execution timeout bounds it). A call that cannot be cancelled also runs the
            // factory on this flow, with the request's trace and statement count.
            var body = await cache.GetOrCreateAsync(tag, (make, options.ResponseCache.MaxEntryBytes), static async (state, cancellationToken) =>
            {
                var answer = await state.make(cancellationToken);

                // HybridCache keeps whatever its factory returns; an answer that must not be kept
                // leaves by an exception, which it does not keep, and every waiting caller gets it.
                return answer.Validated && answer.Body.Length <= state.MaxEntryBytes ? answer.Body : throw new NotKept(answer);
            }, cancellationToken: CancellationToken.None);
            return new Answer(Validated: true, StatusCodes.Status200OK, body);
        }
        catch (NotKept notKept)
        {
            return notKept.Answer;
        }
    }

    private sealed class NotKept(Answer answer) : Exception("an answer that is not kept")
    {
        public Answer Answer { get; } = answer;
    }
}

/// <summary>A serialized answer: whether it gets a validator (a query answered without errors), its status and body.</summary>
internal sealed record Answer(bool Validated, int Status, byte[] Body);
