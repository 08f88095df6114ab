/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-money.h"
#include "doorstep-pay-rows.h"

static GtkWidget *
new_amount_row (const char *title,
                const char *subtitle,
                const char *amount,
                gboolean    strong)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (amount);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  if (strong)
    {
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (row, "pay-total");
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
remove_all (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* What @checkout's last review fixed: each line, the tip, the total. */
void
doorstep_pay_rows_show_charge (GtkListBox       *list,
                               DoorstepCheckout *checkout)
{
  const char *currency;
  g_autofree char *total = NULL;
  gint64 tip;

  g_return_if_fail (GTK_IS_LIST_BOX (list));
  g_return_if_fail (DOORSTEP_IS_CHECKOUT (checkout));

  currency = doorstep_payment_config_get_currency (doorstep_checkout_get_config (checkout));
  remove_all (list);
  for (guint i = 0; i < doorstep_checkout_get_n_charged (checkout); i++)
    {
      gint64 paid = 0;
      DoorstepCheckoutLine *line = doorstep_checkout_get_charged (checkout, i, &paid);
      DoorstepPayable *payable = doorstep_checkout_line_get_payable (line);
      gint64 due = doorstep_payable_get_amount_due (payable);
      g_autofree char *amount = doorstep_money_format (paid, currency);
      g_autofree char *subtitle = NULL;

      if (paid < due)
        {
          g_autofree char *left = doorstep_money_format (due - paid, currency);

          /* Translators: after a part payment, "Quarterly pest control · $128.00 left to pay" */
          subtitle = g_strdup_printf (_("%s · %s left to pay"), doorstep_payable_get_title (payable), left);
        }
      else
        subtitle = g_strdup (doorstep_payable_get_title (payable));
      gtk_list_box_append (list, new_amount_row (doorstep_checkout_line_get_title (line), subtitle, amount, FALSE));
    }
  if ((tip = doorstep_checkout_get_charged_tip (checkout)) > 0)
    {
      g_autofree char *amount = doorstep_money_format (tip, currency);

      gtk_list_box_append (list, new_amount_row (_("Tip for your technician"), NULL, amount, FALSE));
    }
  total = doorstep_money_format (doorstep_checkout_get_charged_total (checkout), currency);
  gtk_list_box_append (list, new_amount_row (_("Total"), NULL, total, TRUE));
}

/* A receipt per payment just made, with what it paid. */
void
doorstep_pay_rows_show_receipts (GtkListBox *list,
                                 GListModel *payments,
                                 const char *currency)
{
  g_return_if_fail (GTK_IS_LIST_BOX (list));
  g_return_if_fail (G_IS_LIST_MODEL (payments));

  remove_all (list);
  for (guint i = 0; i < g_list_model_get_n_items (payments); i++)
    {
      g_autoptr(DoorstepPayment) payment = g_list_model_get_item (payments, i);
      g_autofree char *amount = doorstep_money_format (doorstep_payment_get_amount_minor (payment), currency);
      /* Translators: a receipt just issued, "Receipt R-5010" */
      g_autofree char *title = g_strdup_printf (_("Receipt %s"), doorstep_payment_get_receipt_number (payment));

      gtk_list_box_append (list, new_amount_row (title, doorstep_payment_get_paid_for (payment), amount, FALSE));
    }
}
