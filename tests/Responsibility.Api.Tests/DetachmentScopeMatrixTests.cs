namespace Responsibility.Api.Tests;

using static Responsibility.Api.Tests.ScopeMatrix;

/// <summary>
/// Issue 20's scope matrix: every route the api documents × the accounts of two detachments and of their brigades
/// (<see cref="ScopeMatrix"/>). A detachment reads its brigades as their BrigadeLeader (DetachmentAdmin, DetachmentLeader)
/// or Viewer (DetachmentViewer) would and writes nothing there (403, nothing changed); it reaches no brigade record
/// by id (404); another detachment, its brigades and their records are missing (404) to it, and a brigade's accounts
/// find no detachment (404). Nothing answers 5xx.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DetachmentScopeMatrixTests(SharedApi api)
{
    private static readonly string[] D1Callers = [.. DetachmentRoles.Select(r => "D1." + r)];
    private static readonly string[] D2Callers = [.. DetachmentRoles.Select(r => "D2." + r)];
    private static readonly string[] BrigadeCallers = ["A.Admin", "A.Viewer", "C.Admin"];

    /// <summary>Writes only the system administrator makes: refused (403) to every brigade's account alike, so the refusal tells nothing.</summary>
    private static readonly string[] SystemOnly = ["configureBrigade"];

    [Fact]
    public async Task EveryDocumentedRouteKeepsEachDetachmentToItsOwnBrigadesAndEachBrigadeToItself()
    {
        var matrix = await ScopeMatrix.Create(api.Factory);
        var failures = new List<string>();
        var tried = 0;

        async Task<int> Expect(string caller, Route route, string address, Func<int, bool> ok, string expected)
        {
            var status = await matrix.Send(caller, route, address);
            tried++;
            if (status >= 500 || !ok(status))
            {
                failures.Add($"{caller} {route.Method} {address}: {status}, expected {expected}");
            }

            return status;
        }

        var ofA = matrix.Routes.Where(r => KindOf(r) is RouteKind.Brigade or RouteKind.ById).ToArray();

        // Reads of A first (a first read may draft a document), then what A holds, then every write of the others.
        foreach (var route in ofA.Where(r => r.Method == "GET"))
        {
            var address = matrix.Address(route, matrix.A.Id, matrix.D1);
            if (KindOf(route) == RouteKind.ById)
            {
                foreach (var caller in D1Callers.Concat(D2Callers).Append("C.Admin"))
                {
                    await Expect(caller, route, address, s => s == 404, "404 (a brigade's record by id)");
                }

                continue;
            }

            var asLeader = await Expect("A.BrigadeLeader", route, address, _ => true, "any");
            var asViewer = await Expect("A.Viewer", route, address, _ => true, "any");
            await Expect("D1.DetachmentAdmin", route, address, s => s == asLeader, $"{asLeader} as A's BrigadeLeader");
            await Expect("D1.DetachmentLeader", route, address, s => s == asLeader, $"{asLeader} as A's BrigadeLeader");
            await Expect("D1.DetachmentViewer", route, address, s => s == asViewer, $"{asViewer} as A's Viewer");
            foreach (var caller in D2Callers.Append("C.Admin"))
            {
                await Expect(caller, route, address, s => s == 404, "404 (another detachment's brigade)");
            }
        }

        var before = await matrix.StateOfA();
        foreach (var route in ofA.Where(r => r.Method != "GET"))
        {
            var address = matrix.Address(route, matrix.A.Id, matrix.D1);
            foreach (var caller in D1Callers)
            {
                if (KindOf(route) == RouteKind.ById)
                {
                    await Expect(caller, route, address, s => s == 404, "404 (a brigade's record by id)");
                }
                else
                {
                    await Expect(caller, route, address, s => s == 403, "403 (its brigade is read only)");
                }
            }

            foreach (var caller in D2Callers)
            {
                await Expect(caller, route, address, s => s == 404, "404 (another detachment's brigade)");
            }

            await Expect("C.Admin", route, address, s => s == 404 || s == 403 && SystemOnly.Contains(route.OperationId), "404 (another brigade)");
        }

        Assert.Equal(before, await matrix.StateOfA());

        // A detachment's own routes: missing to the other detachment and to every brigade account.
        foreach (var route in matrix.Routes.Where(r => KindOf(r) == RouteKind.Detachment))
        {
            var ofD1 = matrix.Address(route, matrix.B.Id, matrix.D1);
            var ofD2 = matrix.Address(route, matrix.C.Id, matrix.D2);
            foreach (var caller in BrigadeCallers)
            {
                await Expect(caller, route, ofD1, s => s == 404, "404 (a brigade's account finds no detachment)");
                await Expect(caller, route, ofD2, s => s == 404, "404 (a brigade's account finds no detachment)");
            }

            foreach (var caller in D1Callers)
            {
                await Expect(caller, route, ofD2, s => s == 404, "404 (another detachment)");
            }

            foreach (var caller in D2Callers)
            {
                await Expect(caller, route, ofD1, s => s == 404, "404 (another detachment)");
            }
        }

        Assert.Equal(before, await matrix.StateOfA());

        // What names nothing scoped: a detachment account reads its own (me, inbox) and never fails the server.
        foreach (var route in matrix.Routes.Where(r => KindOf(r) == RouteKind.Global))
        {
            var address = matrix.Address(route, matrix.A.Id, matrix.D1);
            foreach (var caller in D1Callers)
            {
                await Expect(caller, route, address, s => route.Method == "GET" ? s == 200 : s is >= 400 and < 500, route.Method == "GET" ? "200" : "4xx");
            }
        }

        // Its own detachment's routes never fail the server either (what each role may there: DetachmentApiTests).
        foreach (var route in matrix.Routes.Where(r => KindOf(r) == RouteKind.Detachment))
        {
            foreach (var caller in D1Callers)
            {
                await Expect(caller, route, matrix.Address(route, matrix.B.Id, matrix.D1), _ => true, "no 5xx");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {tried}:\n" + string.Join("\n", failures));
        Assert.Contains(matrix.Routes, r => r.OperationId == "getDetachment");
        Assert.True(ofA.Length >= 80, $"only {ofA.Length} routes of a brigade documented");
        Assert.True(tried > 700, $"only {tried} requests tried");
    }
}
