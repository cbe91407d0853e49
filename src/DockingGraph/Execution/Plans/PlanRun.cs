using System.Collections;
using DockingGraph.Execution.Binding;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.ObjectPool;

using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace DockingGraph.Execution.Plans;

/// <summary>
/// Fetches what one request's plan needs, in the waves GraphQL.NET's parallel strategy runs:
/// every field a level can resolve at once (its batches' keys collected meanwhile), then every
/// pending batch, whose records open the next level. So the statements are the ones the resolver
/// path sends. Only what the answer cannot read straight off a record is resolved here (roots,
/// connections, counts, references not joined, unions); the writer reads the rest while it
/// writes. Anything the plan does not cover the way GraphQL.NET would (an error, a null for a
/// non-null field, a value of an unexpected shape) stops the run with <see cref="PlanNotApplicable"/>.
/// </summary>
internal sealed class PlanRun
{
    // The records waiting to be resolved: a page's hundred records and theirs. A queue serves one
    // fetch, then the next run's (a new one each request would be a few kilobytes); one grown past
    // MaxKeptQueue by a large answer is let go.
    private const int MaxKeptQueue = 4096;
    private static readonly ObjectPool<Queue<(object Source, SelectionPlan Plan)>> Queues =
        new DefaultObjectPool<Queue<(object Source, SelectionPlan Plan)>>(new KeptQueues(), Environment.ProcessorCount * 4);

    private readonly ExecutionContext context;
    private readonly Dictionary<Slot, object?> values;
    private Queue<(object Source, SelectionPlan Plan)> pending = null!;

    // The context the run's loads by key are given (a reference's batch reads only the request's parts of it).
    private ResolveFieldContext? loads;
    private readonly OperationPlan operation;
    private readonly List<(Task<object?> Task, object Source, PlannedField Field)> running = [];
    private readonly List<(IDataLoaderResult Result, object Source, PlannedField Field)> loading = [];

    /// <param name="operation">Its last request's counts size this one's collections.</param>
    public PlanRun(ExecutionContext context, OperationPlan operation)
    {
        this.context = context;
        this.operation = operation;
        values = new Dictionary<Slot, object?>(operation.ExpectedValues, SlotComparer.Instance);
        RootSource = context.RootValue ?? new object();
    }

    /// <summary>The root value, or a stand-in for it: the key of the root fields' values.</summary>
    public object RootSource { get; }

    /// <summary>Fetches everything the plan's answer needs, level by level.</summary>
    public async Task FetchAsync(SelectionPlan root)
    {
        pending = Queues.Get();
        try
        {
            pending.EnsureCapacity(operation.ExpectedRecords);
            await FetchLevelsAsync(root);
        }
        finally
        {
            Queues.Return(pending);
        }
    }

    private async Task FetchLevelsAsync(SelectionPlan root)
    {
        var records = 0;
        pending.Enqueue((RootSource, root));
        while (pending.Count > 0 || running.Count > 0 || loading.Count > 0)
        {
            while (pending.Count > 0 || running.Count > 0)
            {
                records = Math.Max(records, pending.Count);
                while (pending.TryDequeue(out var item))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    Resolve(item.Source, item.Plan);
                    records = Math.Max(records, pending.Count);
                }

                if (running.Count > 0)
                {
                    var tasks = running.ToArray();
                    running.Clear();
                    await Task.WhenAll(tasks.Select(t => t.Task));
                    foreach (var (task, source, field) in tasks)
                    {
                        Settle(source, field, task.Result);
                    }
                }
            }

            if (loading.Count > 0)
            {
                // Each batch runs once, when its first result is awaited; all of them start before any is awaited.
                var batches = loading.ToArray();
                loading.Clear();
                var results = new Task<object?>[batches.Length];
                for (var i = 0; i < batches.Length; i++)
                {
                    results[i] = batches[i].Result.GetResultAsync(context.CancellationToken);
                }

                await Task.WhenAll(results);
                for (var i = 0; i < batches.Length; i++)
                {
                    Settle(batches[i].Source, batches[i].Field, results[i].Result);
                }
            }
        }

        operation.ExpectedRecords = records;
        operation.ExpectedValues = values.Count;
    }

    /// <summary>The value a field resolved to, kept by the fetch; false for a field the writer reads itself.</summary>
    public bool TryGetValue(object source, PlannedField field, out object? value) => values.TryGetValue(new Slot(source, field), out value);

    private void Resolve(object source, SelectionPlan plan)
    {
        foreach (var field in plan.Fields)
        {
            switch (field.Access)
            {
                case FieldAccessKind.TypeName:
                    break;
                case FieldAccessKind.Property:
                case FieldAccessKind.Member when field.Leaf is not null:
                    // Read while writing; a null where the schema promises a value is found there.
                    break;
                case FieldAccessKind.Reference:
                    var reference = (ReferenceAccess)field.Model!;
                    if (reference.TryTake(source, out var record))
                    {
                        Complete(record, field.Type, field);
                    }
                    else
                    {
                        // Its batch reads only the request's context: one serves every load of the run.
                        Settle(source, field, reference.Load(loads ??= Context(context.RootValue, plan, field), source));
                    }

                    break;
                case FieldAccessKind.Member:
                    var member = MemberReaders.Read(source, field.Definition.Name);
                    values[new Slot(source, field)] = member = Materialized(member);
                    Complete(member, field.Type, field);
                    break;
                default:
                    CallResolver(source, plan, field);
                    break;
            }
        }
    }

    private void CallResolver(object source, SelectionPlan plan, PlannedField field)
    {
        var resolveContext = Context(ReferenceEquals(source, RootSource) ? context.RootValue : source, plan, field);

        // A resolver that throws stops the run: the reference answers with the error in its place.
        var resolving = (field.Resolver ?? throw new PlanNotApplicable($"{plan.TypeName}.{field.Definition.Name} has no resolver.")).ResolveAsync(resolveContext);
        if (resolving.IsCompletedSuccessfully)
        {
            Settle(source, field, resolving.Result);
        }
        else
        {
            running.Add((resolving.AsTask(), source, field));
        }
    }

    /// <summary>GraphQL.NET's resolve context for <paramref name="field"/> of <paramref name="source"/>.</summary>
    private ResolveFieldContext Context(object? source, SelectionPlan plan, PlannedField field) =>
        new()
        {
            Source = source,
            FieldAst = field.Ast,
            FieldDefinition = field.Definition,
            ParentType = plan.Type,
            Arguments = context.GetArguments(field.Definition, field.ArgumentsAst),
            Directives = context.GetDirectives(field.ArgumentsAst),
            RootValue = context.RootValue,
            UserContext = context.UserContext,
            Schema = context.Schema,
            Document = context.Document,
            Operation = context.Operation,
            Variables = context.Variables,
            CancellationToken = context.CancellationToken,
            Metrics = context.Metrics,
            Errors = context.Errors,
            Path = [],
            ResponsePath = [],
            SubFields = field.SubFields,
            RequestServices = context.RequestServices,
            InputExtensions = context.InputExtensions,
            OutputExtensions = context.OutputExtensions,
            ArrayPool = context,
            User = context.User,
            ExecutionContext = context,
        };

    /// <summary>A resolver's value: a pending batch waits for the batches' turn; anything else is the field's value.</summary>
    private void Settle(object source, PlannedField field, object? value)
    {
        if (value is IDataLoaderResult batched)
        {
            loading.Add((batched, source, field));
            return;
        }

        if (field.Leaf is not null)
        {
            values[new Slot(source, field)] = field.SerializeLeaf(value);
            return;
        }

        value = Materialized(value);
        values[new Slot(source, field)] = value;
        Complete(value, field.Type, field);
    }

    /// <summary>A list read once, kept as a list: the writer reads it again.</summary>
    private static object? Materialized(object? value) =>
        value is IEnumerable enumerable and not IList and not string and not IDictionary ? enumerable.Cast<object?>().ToList() : value;

    /// <summary>GraphQL.NET's value completion for a composite value: checks its type, and queues its selection.</summary>
    private void Complete(object? value, IGraphType type, PlannedField field)
    {
        if (type is NonNullGraphType nonNull)
        {
            if (value is null)
            {
                throw new PlanNotApplicable($"{field.Definition.Name} is null.");
            }

            type = nonNull.ResolvedType!;
        }

        switch (value)
        {
            case null:
                return;
            case IDataLoaderResult:
                throw new PlanNotApplicable($"{field.Definition.Name} has a batched item.");
        }

        if (type is ListGraphType list)
        {
            if (value is not IList items)
            {
                throw new PlanNotApplicable($"{field.Definition.Name} is not a list.");
            }

            foreach (var item in items)
            {
                Complete(item, list.ResolvedType!, field);
            }

            return;
        }

        pending.Enqueue((value, field.Below(ObjectTypeOf(value, type, context.Schema))));
    }

    /// <summary>The object type of a composite value, checked as GraphQL.NET checks it.</summary>
    public static IObjectGraphType ObjectTypeOf(object value, IGraphType type, ISchema schema)
    {
        var objectType = type as IObjectGraphType;
        if (type is IAbstractGraphType abstractType)
        {
            objectType = abstractType.GetObjectType(value, schema);
            if (objectType is null || !abstractType.IsPossibleType(objectType))
            {
                throw new PlanNotApplicable($"{abstractType.Name} has no object type for {value.GetType().Name}.");
            }
        }

        if (objectType is null || (objectType.IsTypeOf is { } isTypeOf && !objectType.SkipTypeCheck && !isTypeOf(value)))
        {
            throw new PlanNotApplicable($"{value.GetType().Name} is not a {type.Name}.");
        }

        return objectType;
    }

    /// <summary>A field of one value.</summary>
    private readonly record struct Slot(object Source, PlannedField Field);

    /// <summary>Values are told apart by identity: two equal records in two places are two slots.</summary>
    private sealed class SlotComparer : IEqualityComparer<Slot>
    {
        public static readonly SlotComparer Instance = new();

        public bool Equals(Slot x, Slot y) => ReferenceEquals(x.Source, y.Source) && ReferenceEquals(x.Field, y.Field);

        public int GetHashCode(Slot slot) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(slot.Source), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(slot.Field));
    }

    private sealed class KeptQueues : IPooledObjectPolicy<Queue<(object Source, SelectionPlan Plan)>>
    {
        public Queue<(object Source, SelectionPlan Plan)> Create() => new();

        public bool Return(Queue<(object Source, SelectionPlan Plan)> queue)
        {
            queue.Clear();
            return queue.Capacity <= MaxKeptQueue;
        }
    }
}
