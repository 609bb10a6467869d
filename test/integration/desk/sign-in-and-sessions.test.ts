import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { DeskSessionResponse, StaffMember } from "../../../src/protocol";
import { call, expectError, postJson } from "../../helpers/api";
import { addStaff, browser, PASSWORD, sessionCookieOf, signIn } from "../../helpers/desk";

describe("desk sign-in", () => {
  it("signs in with email and password: a Secure, HttpOnly, SameSite=Strict session cookie and a CSRF token", async () => {
    const staff = await addStaff("technician");
    const res = await postJson("/api/desk/sign-in", { email: staff.email.toUpperCase(), password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^__Host-sti_desk=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/Max-Age=43200/);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const body = (await res.json()) as DeskSessionResponse;
    expect(body.staff).toMatchObject({
      id: staff.id,
      email: staff.email,
      role: "technician",
      active: true,
      hasPassword: true,
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.via).toBe("password");
    expect(JSON.stringify(body)).not.toMatch(/pbkdf2/);

    // The server keeps only the token's hash: the cookie's value is nowhere in D1.
    const token = sessionCookieOf(res).split("=")[1] ?? "";
    const rows = await env.DB.prepare("SELECT token_hash FROM staff_sessions WHERE staff_id = ?")
      .bind(staff.id)
      .all();
    expect(rows.results).toHaveLength(1);
    expect(JSON.stringify(rows.results)).not.toContain(token);

    const me = await call("/api/desk/me", { headers: { Cookie: sessionCookieOf(res) } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as DeskSessionResponse).staff.id).toBe(staff.id);
  });

  it("a wrong password and an unknown email get the same 401; so do an inactive account and an Access-only one", async () => {
    const staff = await addStaff("technician");
    const wrong = await expectError(
      await postJson("/api/desk/sign-in", { email: staff.email, password: "not the password" }),
      401,
      "unauthorized",
    );
    const unknown = await expectError(
      await postJson("/api/desk/sign-in", { email: "nobody@shop.test", password: PASSWORD }),
      401,
      "unauthorized",
    );
    expect(unknown.error.message).toBe(wrong.error.message);
    const accessOnly = await addStaff("technician", { password: null });
    await expectError(
      await postJson("/api/desk/sign-in", { email: accessOnly.email, password: PASSWORD }),
      401,
      "unauthorized",
    );
    const admin = await signIn((await addStaff("admin")).email);
    const gone = await addStaff("technician");
    expect((await admin.json("PATCH", `/api/desk/staff/${gone.id}`, { active: false })).status).toBe(200);
    await expectError(
      await postJson("/api/desk/sign-in", { email: gone.email, password: PASSWORD }),
      401,
      "unauthorized",
    );
  });

  it("bad input is a 4xx JSON error, never a 500", async () => {
    await expectError(await postJson("/api/desk/sign-in", "{"), 400, "invalid_json");
    await expectError(await postJson("/api/desk/sign-in", { email: "a@b.c" }), 400, "validation_failed");
    await expectError(
      await postJson("/api/desk/sign-in", { email: "a@b.c", password: "x".repeat(300) }),
      400,
      "validation_failed",
    );
    await expectError(
      await postJson("/api/desk/sign-in", { email: "a@b.c", password: "p", extra: 1 }),
      400,
      "validation_failed",
    );
    await expectError(
      await call("/api/desk/sign-in", {
        method: "POST",
        headers: { "Content-Type": "text/plain" },
        body: "x",
      }),
      415,
      "unsupported_media_type",
    );
    await expectError(await call("/api/desk/me"), 401, "unauthorized");
    await expectError(
      await call("/api/desk/me", { headers: { Cookie: `__Host-sti_desk=${"x".repeat(500)}` } }),
      401,
      "unauthorized",
    );
  });

  it("a sign-in posted from another site is refused (login CSRF)", async () => {
    const staff = await addStaff("technician");
    await expectError(
      await postJson(
        "/api/desk/sign-in",
        { email: staff.email, password: PASSWORD },
        { Origin: "https://evil.example" },
      ),
      403,
      "csrf_failed",
    );
    await expectError(
      await postJson(
        "/api/desk/sign-in",
        { email: staff.email, password: PASSWORD },
        { "Sec-Fetch-Site": "cross-site" },
      ),
      403,
      "csrf_failed",
    );
    const same = await postJson(
      "/api/desk/sign-in",
      { email: staff.email, password: PASSWORD },
      { Origin: "http://chat.test" },
    );
    expect(same.status).toBe(200);
  });

  it("sign-out ends this browser's session; sign-out everywhere ends all of them", async () => {
    const staff = await addStaff("technician");
    const laptop = await signIn(staff.email);
    const phone = await signIn(staff.email);
    const tablet = await signIn(staff.email);
    const out = await laptop.json("POST", "/api/desk/sign-out");
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ signedOut: 1 });
    expect(out.headers.get("Set-Cookie")).toMatch(/__Host-sti_desk=;.*Max-Age=0/);
    await expectError(await laptop.call("/api/desk/me"), 401, "unauthorized");
    expect((await phone.call("/api/desk/me")).status).toBe(200);

    const everywhere = await phone.json("POST", "/api/desk/sign-out-everywhere");
    expect(await everywhere.json()).toEqual({ signedOut: 2 });
    await expectError(await phone.call("/api/desk/me"), 401, "unauthorized");
    await expectError(await tablet.call("/api/desk/me"), 401, "unauthorized");
  });

  it("an expired session is refused", async () => {
    const staff = await addStaff("technician");
    const desk = await signIn(staff.email);
    await env.DB.prepare("UPDATE staff_sessions SET expires_at = ? WHERE staff_id = ?")
      .bind(Date.now() - 1, staff.id)
      .run();
    await expectError(await desk.call("/api/desk/me"), 401, "unauthorized");
  });
});

describe("CSRF on state-changing desk calls", () => {
  it("needs the session's own token in X-CSRF-Token; another session's token or none is refused", async () => {
    const staff = await addStaff("technician");
    const desk = await signIn(staff.email);
    const other = await signIn((await addStaff("technician")).email);
    await expectError(
      await desk.call("/api/desk/sign-out", { method: "POST", headers: { "X-CSRF-Token": "" } }),
      403,
      "csrf_failed",
    );
    await expectError(
      await desk.call("/api/desk/sign-out", { method: "POST", headers: { "X-CSRF-Token": other.csrf } }),
      403,
      "csrf_failed",
    );
    await expectError(
      await desk.call("/api/desk/sign-out", { method: "POST", headers: { Origin: "https://evil.example" } }),
      403,
      "csrf_failed",
    );
    // Still signed in: nothing above took effect.
    expect((await desk.call("/api/desk/me")).status).toBe(200);
    const noToken = browser(desk.cookie, { ...desk.session, csrfToken: "" });
    await expectError(await noToken.json("POST", "/api/desk/sign-out"), 403, "csrf_failed");
  });
});

describe("sign-in throttling", () => {
  it("after 5 failures an account is refused (429, Retry-After) even with the right password; others are not", async () => {
    const staff = await addStaff("technician");
    const bystander = await addStaff("technician");
    for (let i = 0; i < 5; i++) {
      await expectError(
        await postJson("/api/desk/sign-in", { email: staff.email, password: `wrong ${i}` }),
        401,
        "unauthorized",
      );
    }
    const locked = await postJson("/api/desk/sign-in", { email: staff.email, password: PASSWORD });
    await expectError(locked, 429, "sign_in_throttled");
    expect(locked.headers.get("Retry-After")).toBe("900");
    expect((await postJson("/api/desk/sign-in", { email: bystander.email, password: PASSWORD })).status).toBe(
      200,
    );
    // Once the failures are older than the window, the account signs in again.
    await env.DB.prepare("UPDATE sign_in_failures SET at = at - 900001 WHERE subject = ?")
      .bind(staff.email)
      .run();
    expect((await postJson("/api/desk/sign-in", { email: staff.email, password: PASSWORD })).status).toBe(
      200,
    );
  });

  it("one address spraying many accounts is refused after 20 failures, other addresses are not", async () => {
    const target = await addStaff("technician");
    const sprayer = { "CF-Connecting-IP": "203.0.113.7" };
    for (let i = 0; i < 20; i++) {
      await expectError(
        await postJson(
          "/api/desk/sign-in",
          { email: `guess${i}@shop.test`, password: "wrong password" },
          sprayer,
        ),
        401,
        "unauthorized",
      );
    }
    await expectError(
      await postJson("/api/desk/sign-in", { email: target.email, password: PASSWORD }, sprayer),
      429,
      "sign_in_throttled",
    );
    const elsewhere = await postJson(
      "/api/desk/sign-in",
      { email: target.email, password: PASSWORD },
      { "CF-Connecting-IP": "198.51.100.9" },
    );
    expect(elsewhere.status).toBe(200);
    // Addresses are stored as client keys, never a raw IPv6 address.
    await postJson(
      "/api/desk/sign-in",
      { email: "x@shop.test", password: "wrong password" },
      { "CF-Connecting-IP": "2001:db8:1:2:3:4:5:6" },
    );
    const subjects = await env.DB.prepare(
      "SELECT DISTINCT subject FROM sign_in_failures WHERE scope = 'address'",
    ).all<{ subject: string }>();
    expect(subjects.results.map((r) => r.subject).sort()).toEqual(["2001:db8:1:2::/64", "203.0.113.7"]);
  });
});

describe("staff management", () => {
  it("admins create, list and change accounts; technicians cannot; the last admin cannot be removed", async () => {
    const admin = await addStaff("admin");
    const desk = await signIn(admin.email);
    const created = await desk.json("POST", "/api/desk/staff", {
      name: "Lucía Pérez",
      email: "Lucia@Shop.test",
      role: "technician",
      password: "a long enough password",
    });
    expect(created.status).toBe(201);
    const lucia = (await created.json()) as StaffMember;
    expect(lucia).toMatchObject({
      name: "Lucía Pérez",
      email: "lucia@shop.test",
      role: "technician",
      active: true,
      hasPassword: true,
    });
    await expectError(
      await desk.json("POST", "/api/desk/staff", { name: "Again", email: "lucia@shop.test", role: "admin" }),
      409,
      "conflict",
    );
    await expectError(
      await desk.json("POST", "/api/desk/staff", {
        name: "Short",
        email: "s@shop.test",
        role: "admin",
        password: "short",
      }),
      400,
      "validation_failed",
    );
    await expectError(
      await desk.json("POST", "/api/desk/staff", { name: "X", email: "nope", role: "admin" }),
      400,
      "validation_failed",
    );
    await expectError(
      await desk.json("PATCH", "/api/desk/staff/not-an-id", { name: "X" }),
      400,
      "validation_failed",
    );
    await expectError(await desk.json("PATCH", `/api/desk/staff/${lucia.id}`, {}), 400, "validation_failed");
    await expectError(
      await desk.json("PATCH", "/api/desk/staff/AAAAAAAAAAAAAAAA", { name: "X" }),
      404,
      "not_found",
    );

    const list = (await (await desk.call("/api/desk/staff")).json()) as { staff: StaffMember[] };
    expect(list.staff.map((s) => s.id)).toEqual(expect.arrayContaining([admin.id, lucia.id]));

    const technician = await signIn("lucia@shop.test", "a long enough password");
    await expectError(await technician.call("/api/desk/staff"), 403, "forbidden");
    await expectError(
      await technician.json("PATCH", `/api/desk/staff/${lucia.id}`, { role: "admin" }),
      403,
      "forbidden",
    );

    // A new password signs the person out everywhere, and the old one stops working.
    expect(
      (await desk.json("PATCH", `/api/desk/staff/${lucia.id}`, { password: "another long password" })).status,
    ).toBe(200);
    await expectError(await technician.call("/api/desk/me"), 401, "unauthorized");
    await expectError(
      await postJson("/api/desk/sign-in", { email: "lucia@shop.test", password: "a long enough password" }),
      401,
      "unauthorized",
    );
    expect(
      (await postJson("/api/desk/sign-in", { email: "lucia@shop.test", password: "another long password" }))
        .status,
    ).toBe(200);

    // Every other admin of this file's database is demoted first, so this one is the last.
    await env.DB.prepare("UPDATE staff SET active = 0 WHERE role = 'admin' AND id != ?").bind(admin.id).run();
    await expectError(
      await desk.json("PATCH", `/api/desk/staff/${admin.id}`, { role: "technician" }),
      409,
      "conflict",
    );
    await expectError(
      await desk.json("PATCH", `/api/desk/staff/${admin.id}`, { active: false }),
      409,
      "conflict",
    );
    expect((await desk.json("PATCH", `/api/desk/staff/${admin.id}`, { name: "Still admin" })).status).toBe(
      200,
    );
    // With a second admin, the first may step down.
    expect((await desk.json("PATCH", `/api/desk/staff/${lucia.id}`, { role: "admin" })).status).toBe(200);
    expect((await desk.json("PATCH", `/api/desk/staff/${admin.id}`, { role: "technician" })).status).toBe(
      200,
    );
    await expectError(await desk.call("/api/desk/staff"), 403, "forbidden");
  });

  it("the admin API (LOG_TOKEN routes) also takes a signed-in admin, with CSRF; not a technician", async () => {
    const admin = await signIn((await addStaff("admin")).email);
    const technician = await signIn((await addStaff("technician")).email);
    expect((await admin.call("/api/tickets")).status).toBe(200);
    await expectError(await technician.call("/api/tickets"), 401, "unauthorized");
    const noCsrf = await call("/api/logs/level", {
      method: "POST",
      headers: { Cookie: admin.cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ level: "info" }),
    });
    await expectError(noCsrf, 403, "csrf_failed");
    expect((await admin.json("POST", "/api/logs/level", { level: "info" })).status).toBe(200);
  });
});
