using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Validation;

/// <summary>Whole-graph checks: nodes the start cannot reach, and cycles that would spin without waiting.</summary>
internal static class GraphChecks
{
    public static void FindUnreachable(WorkflowDefinition definition, WorkflowNode start, List<ValidationProblem> problems)
    {
        var next = definition.Connections.ToLookup(c => c.Source, c => c.Target, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var stack = new Stack<string>([start.Id]);
        while (stack.TryPop(out var id))
        {
            foreach (var target in next[id])
            {
                if (seen.Add(target))
                {
                    stack.Push(target);
                }
            }
        }

        foreach (var node in definition.Nodes.Where(n => !seen.Contains(n.Id)))
        {
            problems.Add(new(ProblemCodes.UnreachableNode, $"Node '{node.Id}' cannot be reached from the start node.", node.Id));
        }
    }

    /// <summary>Reports each cycle (strongly connected component) with no blocking or loop-driving activity in it.</summary>
    public static void FindLoopsWithoutWait(WorkflowDefinition definition, Dictionary<string, RegisteredActivity?> nodes, List<ValidationProblem> problems)
    {
        var next = definition.Connections
            .Where(c => nodes.ContainsKey(c.Source) && nodes.ContainsKey(c.Target))
            .ToLookup(c => c.Source, c => c.Target, StringComparer.Ordinal);
        foreach (var component in StronglyConnected(nodes.Keys, next))
        {
            var isCycle = component.Count > 1 || next[component[0]].Contains(component[0]);
            if (!isCycle)
            {
                continue;
            }

            var waits = component.Any(id => nodes[id]?.Descriptor is { } d && (d.IsBlocking || d.IsLoop));
            if (!waits)
            {
                var first = component.OrderBy(id => id, StringComparer.Ordinal).First();
                problems.Add(new(ProblemCodes.LoopWithoutWait, $"Nodes {string.Join(", ", component.Order(StringComparer.Ordinal).Select(id => $"'{id}'"))} form a loop with no wait (such as a Delay) in it; it would run without end.", first));
            }
        }
    }

    // Tarjan's algorithm, iterative so a long chain of nodes cannot overflow the stack.
    private static List<List<string>> StronglyConnected(IEnumerable<string> vertices, ILookup<string, string> next)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var result = new List<List<string>>();
        var counter = 0;
        foreach (var root in vertices)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(string Node, IEnumerator<string> Edges)>();
            Visit(root);
            while (work.Count > 0)
            {
                var (node, edges) = work.Peek();
                if (edges.MoveNext())
                {
                    var target = edges.Current;
                    if (!index.ContainsKey(target))
                    {
                        Visit(target);
                    }
                    else if (onStack.Contains(target))
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }

                    continue;
                }

                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    result.Add(component);
                }
            }

            void Visit(string node)
            {
                index[node] = low[node] = counter++;
                stack.Push(node);
                onStack.Add(node);
                work.Push((node, next[node].GetEnumerator()));
            }
        }

        return result;
    }
}
