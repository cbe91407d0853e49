using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Batching;

/// <summary>
/// The columns a request reads of a record type, as the projection a batch applies to its
/// statement (<c>record => new T { Id = record.Id, Name = record.Name }</c>). The querying layer
/// knows the request's selection; the loaders here only apply what it gives.
/// </summary>
public interface IRecordProjection
{
    /// <summary>The projection for <paramref name="type"/> in this request, or null to read whole records.</summary>
    LambdaExpression? Columns(IResolveFieldContext context, IEntityType type);

    /// <summary>The projection for <paramref name="type"/> found by key by a root field (<c>dockingEvent(id:)</c>) or one level below one (a subscription's <c>dockingEvent</c>): its to-one records may be joined in.</summary>
    LambdaExpression? RootColumns(IResolveFieldContext context, IEntityType type);
}
