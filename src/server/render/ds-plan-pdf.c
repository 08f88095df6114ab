/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-pdf.h"
#include "ds-plan-pdf.h"

/* A plan's contract, in the layout every document shares: the letterhead
 * with when it runs, the plan and its price, the visits a plan year
 * includes, what it covers and does not, the equipment it covers, and how
 * it renews. */

static void
draw_body (DsPdf    *pdf,
           gpointer  user_data)
{
  const DsPlan *plan = user_data;
  gboolean warranty = g_strcmp0 (plan->kind, "warranty") == 0;
  g_autofree char *starts = ds_pdf_format_date (plan->starts_on);
  g_autofree char *ends = ds_pdf_format_date (plan->ends_on);
  g_autofree char *facts = g_strdup_printf ("From %s\nUntil %s", starts, ends);
  g_autofree char *price = plan->has_price ? doorstep_money_format (plan->price_minor, plan->currency) : NULL;
  g_autofree char *description = NULL;

  ds_pdf_letterhead (pdf, facts, plan->customer_name, plan->name);

  {
    const char *billed = g_strcmp0 (plan->billing_period, "month") == 0 ? ", billed monthly"
                         : g_strcmp0 (plan->billing_period, "year") == 0 ? ", billed yearly" : "";

    description = plan->property_label != NULL
                  ? g_strdup_printf ("%s — %s, %s%s", plan->name, warranty ? "warranty" : "service plan",
                                     plan->property_label, billed)
                  : g_strdup_printf ("%s — %s%s", plan->name, warranty ? "warranty" : "service plan", billed);
  }
  ds_pdf_begin_items (pdf);
  ds_pdf_item (pdf, description, "1", price != NULL ? price : "Included", price != NULL ? price : "Included", TRUE);
  ds_pdf_end_items (pdf);

  if (plan->summary != NULL)
    ds_pdf_paragraph (pdf, "About this plan", plan->summary);
  if (plan->visits_per_year > 0)
    {
      g_autofree char *visits = g_strdup_printf ("%" G_GINT64_FORMAT " visit%s in each plan year, which runs from "
                                                 "each anniversary of the start.",
                                                 plan->visits_per_year, plan->visits_per_year == 1 ? "" : "s");

      ds_pdf_paragraph (pdf, "Visits included", visits);
    }
  if (plan->covered != NULL)
    ds_pdf_paragraph (pdf, "What it covers", plan->covered);
  if (plan->not_covered != NULL)
    ds_pdf_paragraph (pdf, "What it does not cover", plan->not_covered);
  if (plan->equipment != NULL && plan->equipment->len > 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < plan->equipment->len; i++)
        {
          DsPlanEquipment *equipment = g_ptr_array_index (plan->equipment, i);

          g_string_append_printf (list, "%s%s", i > 0 ? "\n" : "", equipment->type);
          if (equipment->make != NULL || equipment->model != NULL)
            g_string_append_printf (list, ": %s%s%s", equipment->make != NULL ? equipment->make : "",
                                    equipment->make != NULL && equipment->model != NULL ? " " : "",
                                    equipment->model != NULL ? equipment->model : "");
          if (equipment->location != NULL)
            g_string_append_printf (list, " (%s)", equipment->location);
        }
      ds_pdf_paragraph (pdf, "Equipment covered", list->str);
    }
  if (plan->renews_on != NULL)
    {
      g_autofree char *renews = ds_pdf_format_date (plan->renews_on);
      g_autofree char *text = g_strdup_printf ("The plan renews on %s unless cancelled before then.", renews);

      ds_pdf_paragraph (pdf, "Renewal", text);
    }
}

/**
 * ds_plan_pdf_render:
 * @plan: read in full, with its equipment
 * @company: the business, whose letterhead the PDF carries
 *
 * Returns: (transfer full) (nullable): the contract as a PDF
 */
GBytes *
ds_plan_pdf_render (const DsPlan     *plan,
                    const DsCompany  *company,
                    GError          **error)
{
  DsPdfDocument document = {
    .company = company,
    .kind = g_strcmp0 (plan->kind, "warranty") == 0 ? "WARRANTY" : "SERVICE PLAN",
    .reference = plan->name,
  };

  return ds_pdf_render (&document, draw_body, (gpointer) plan, error);
}
