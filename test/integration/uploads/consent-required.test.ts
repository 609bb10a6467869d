import { expect, it } from "vitest";
import { expectError, greet, newSessionId, press } from "../../helpers/api";
import { PNG, upload, uploadForm, uploadKeys } from "./support";

it("refuses photos before the privacy notice is accepted and after it is declined, storing nothing", async () => {
  const before = await uploadKeys();

  const fresh = newSessionId("up");
  await greet(fresh);
  await expectError(await upload(uploadForm(fresh, PNG, "p.png", "image/png")), 409, "photos_not_accepted");

  const declined = newSessionId("up");
  await greet(declined);
  await press(declined, "consent:no");
  await expectError(
    await upload(uploadForm(declined, PNG, "p.png", "image/png")),
    409,
    "photos_not_accepted",
  );

  expect(await uploadKeys()).toEqual(before);
});
