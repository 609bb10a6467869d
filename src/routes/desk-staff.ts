import { Hono } from "hono";
import { z } from "zod";
import { AppError } from "../errors";
import { hashPassword } from "../lib/staff/password";
import { randomId } from "../lib/staff/tokens";
import { jsonBodyLimit } from "../middleware/body-limit";
import { staffAuth } from "../middleware/staff-auth";
import { requireJsonBody, validateJson, validateParams } from "../middleware/validate";
import { logEvent } from "../observability/log";
import type { StaffListResponse, StaffMember } from "../protocol";
import { createStaffSchema, staffIdSchema, updateStaffSchema } from "../schemas";
import { insertStaff, listStaff, staffById, toStaffMember, updateStaff } from "../storage/staff";
import type { AppEnv } from "../types";

const idParam = validateParams(z.object({ id: staffIdSchema }));

/** Admins manage the shop's accounts (the first admin comes from `npm run staff -- add`).
 * A body is read (and checked) before the session: an answer sent before the body was read can
 * reset the connection of a client still sending it.
 */
export const deskStaffRoutes = new Hono<AppEnv>()
  .get("/desk/staff", staffAuth("admin"), async (c) => {
    const rows = await listStaff(c.env.DB);
    return c.json({ staff: rows.map(toStaffMember) } satisfies StaffListResponse);
  })
  .post(
    "/desk/staff",
    jsonBodyLimit(),
    requireJsonBody(),
    validateJson(createStaffSchema),
    staffAuth("admin"),
    async (c) => {
      const body = c.req.valid("json");
      const id = randomId();
      const created = await insertStaff(c.env.DB, {
        id,
        email: body.email,
        name: body.name,
        role: body.role,
        passwordHash: body.password ? await hashPassword(body.password) : null,
        now: Date.now(),
      });
      if (!created) throw new AppError(409, "conflict", "There is already an account with this email");
      logEvent("info", "staff_created", { staffId: id, role: body.role, by: c.get("staff").staff.id });
      const row = await staffById(c.env.DB, id);
      if (!row) throw new AppError(500, "internal", "The account was not stored");
      return c.json(toStaffMember(row) satisfies StaffMember, 201);
    },
  )
  .patch(
    "/desk/staff/:id",
    idParam,
    jsonBodyLimit(),
    requireJsonBody(),
    validateJson(updateStaffSchema),
    staffAuth("admin"),
    async (c) => {
      const { id } = c.req.valid("param");
      const { password, ...rest } = c.req.valid("json");
      const outcome = await updateStaff(
        c.env.DB,
        id,
        { ...rest, ...(password ? { passwordHash: await hashPassword(password) } : {}) },
        Date.now(),
      );
      if (outcome === "not_found") throw new AppError(404, "not_found", "No such staff account");
      if (outcome === "last_admin")
        throw new AppError(409, "conflict", "The shop must keep at least one active admin");
      logEvent("info", "staff_updated", {
        staffId: id,
        fields: Object.keys(c.req.valid("json")),
        by: c.get("staff").staff.id,
      });
      const row = await staffById(c.env.DB, id);
      if (!row) throw new AppError(404, "not_found", "No such staff account");
      return c.json(toStaffMember(row) satisfies StaffMember);
    },
  );
