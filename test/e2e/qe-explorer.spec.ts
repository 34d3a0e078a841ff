// The QE explorer in chapter 9, as a reader uses it: typing, dragging with the keyboard, hearing the result,
// being told when an amount is refused, and reading it all without JavaScript.
import { expect, type Page, test } from "@playwright/test";

const CHAPTER = "/en/how-qe-works/";

function explorer(page: Page) {
  const root = page.locator("qe-explorer");
  return {
    root,
    purchases: root.getByRole("spinbutton", { name: "Fed purchases ($ billion)" }),
    purchasesSlider: root.getByRole("slider", { name: "Fed purchases ($ billion)" }),
    selling: root.getByRole("spinbutton", { name: "Foreign selling ($ billion)" }),
    announcement: root.getByRole("checkbox"),
    price: root.locator('[data-out="price"]'),
    yieldRate: root.locator('[data-out="yield"]'),
    reserves: root.locator('[data-out="reserves"]'),
    live: root.locator("[data-qe-live]"),
  };
}

test.describe("the QE explorer", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(CHAPTER);
    const { root, purchases } = explorer(page);
    await root.scrollIntoViewIfNeeded();
    // The script has taken over once the controls are enabled.
    await expect(purchases).toBeEnabled();
  });

  test("typing a purchase updates the price, the yield and the new reserves", async ({ page }) => {
    const x = explorer(page);
    await expect(x.price).toHaveText("96.0 (−4.0)");
    await x.purchases.fill("200");
    await expect(x.price).toHaveText("100.0 (±0.0)");
    await expect(x.yieldRate).toHaveText("4.00% (±0 bp)");
    await expect(x.reserves).toHaveText("$200bn");
    await expect(x.purchasesSlider).toHaveValue("200");
    await expect(x.root).toHaveAttribute("data-drawn", "200/200/0");
  });

  test("refuses letters and out-of-range amounts with a message on the field, keeping the last picture", async ({
    page,
  }) => {
    const x = explorer(page);
    await x.purchases.fill("100");
    await expect(x.price).toHaveText("98.0 (−2.0)");

    await x.purchases.fill("9999");
    await expect(x.purchases).toHaveAttribute("aria-invalid", "true");
    const error = page.locator("#qe-explorer-purchases-error");
    await expect(error).toBeVisible();
    await expect(error).toContainText("from 0 to 500");
    await expect(x.purchases).toHaveAccessibleDescription(/from 0 to 500/);
    await expect(x.price).toHaveText("98.0 (−2.0)");
    await expect(x.purchasesSlider).toHaveValue("100");

    await x.purchases.fill("");
    await x.purchases.pressSequentially("abc");
    await expect(x.purchases).toHaveAttribute("aria-invalid", "true");
    await expect(error).toBeVisible();
    await expect(x.price).toHaveText("98.0 (−2.0)");
    await expect(x.root).toHaveAttribute("data-drawn", "200/100/0");

    // A valid amount clears the message.
    await x.purchases.fill("150");
    await expect(x.purchases).toHaveAttribute("aria-invalid", "false");
    await expect(error).toBeHidden();
    await expect(x.price).toHaveText("99.0 (−1.0)");
  });

  test("arrow keys on the slider change the amount, and the number field follows", async ({ page }) => {
    const x = explorer(page);
    await x.purchasesSlider.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(x.purchasesSlider).toHaveValue("20");
    await expect(x.purchases).toHaveValue("20");
    await expect(x.purchasesSlider).toHaveAttribute("aria-valuetext", "$20bn");
    await expect(x.price).toHaveText("96.4 (−3.6)");
    await page.keyboard.press("ArrowLeft");
    await expect(x.purchases).toHaveValue("10");
  });

  test("announces the new price and yield in a polite live region", async ({ page }) => {
    const x = explorer(page);
    await expect(x.live).toHaveAttribute("aria-live", "polite");
    await x.selling.fill("300");
    await expect(x.live).toHaveText(/^Price 94\.0, yield 4\.7\d%/);
    await x.announcement.check();
    await expect(x.live).toHaveText(/^Price 97\.0, yield 4\.3\d%/);
  });

  test("works with a pointer: dragging the slider to its end buys the most", async ({ page }) => {
    const x = explorer(page);
    const box = await x.purchasesSlider.boundingBox();
    if (!box) throw new Error("slider not laid out");
    await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
    await expect(x.purchases).toHaveValue("500");
    await expect(x.price).toHaveText("106.0 (+6.0)");
  });
});

test.describe("the QE explorer without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows the first picture, its numbers and a table of outcomes, with the controls disabled", async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    const x = explorer(page);
    await expect(x.purchases).toBeDisabled();
    await expect(x.root.getByText("The controls need JavaScript.")).toBeVisible();
    await expect(x.price).toHaveText("96.0 (−4.0)");
    await expect(x.root.locator("svg.is-wide")).toBeVisible();
    const table = x.root.getByRole("table");
    await expect(table).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(4);
    await expect(x.root.getByText("Illustration, not a forecast.", { exact: true })).toBeVisible();
  });
});
