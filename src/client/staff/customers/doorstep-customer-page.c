/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-common.h"
#include "doorstep-contact.h"
#include "doorstep-customer-edit-dialog.h"
#include "doorstep-customer-notes.h"
#include "doorstep-customer-page.h"
#include "doorstep-customers-api.h"
#include "doorstep-paged-rows.h"
#include "doorstep-section.h"
#include "doorstep-session.h"
#include "doorstep-toast.h"

/* The staff's profile of one customer. The record (GET /customers/{id})
 * fills the header, the figures and the contact details; the properties
 * and the notes (DoorstepCustomerNotes) are lists of their own that the
 * server pages through, loaded with the record and again on each
 * reload. Later tabs of the profile (jobs, invoices, documents) go
 * beside the Profile's groups. */

struct _DoorstepCustomerPage {
  DoorstepDetailPage     parent_instance;

  /* template widgets */
  AdwAvatar             *avatar;
  GtkLabel              *name_label;
  GtkLabel              *facts_label;
  GtkWidget             *email_child;
  AdwButtonContent      *email_content;
  GtkWidget             *phone_child;
  AdwButtonContent      *phone_content;
  GtkWidget             *view_button;
  GtkWidget             *edit_child;
  GtkLabel              *lifetime_label;
  GtkLabel              *balance_label;
  GtkLabel              *overdue_label;
  GtkLabel              *quotes_label;
  GtkLabel              *quotes_count_label;
  GtkWidget             *first_name_row;
  GtkWidget             *last_name_row;
  GtkWidget             *company_row;
  GtkWidget             *email_row;
  GtkWidget             *phone_row;
  AdwPreferencesGroup   *properties_group;
  DoorstepPagedRows     *properties_rows;
  DoorstepCustomerNotes *notes;
};

G_DEFINE_FINAL_TYPE (DoorstepCustomerPage, doorstep_customer_page, DOORSTEP_TYPE_DETAIL_PAGE)

/* A page of properties at a time: the profile has more to show below. */
static const char * const properties_query[] = { "limit", "10", NULL };

static DoorstepCustomerProfile *
get_profile (DoorstepCustomerPage *self)
{
  return doorstep_detail_page_get_record (DOORSTEP_DETAIL_PAGE (self));
}

static DoorstepScope *
get_scope (DoorstepCustomerPage *self)
{
  return doorstep_detail_page_get_scope (DOORSTEP_DETAIL_PAGE (self));
}

/* Whether the one signed in may change the record: administrators only,
 * as the server holds (the button is only not offered to others). */
static gboolean
may_edit (DoorstepCustomerPage *self)
{
  DoorstepScope *scope = get_scope (self);
  DoorstepUser *user = scope != NULL ? doorstep_session_get_user (doorstep_session_from_scope (scope)) : NULL;

  return user != NULL && doorstep_user_get_role (user) == DOORSTEP_ROLE_ADMIN;
}

/* The one place the page's actions are enabled. */
static void
update_actions (DoorstepCustomerPage *self)
{
  DoorstepCustomerProfile *profile = get_profile (self);
  g_autofree char *mailto = profile != NULL ? doorstep_contact_mailto_uri (doorstep_customer_profile_get_email (profile)) : NULL;
  g_autofree char *tel = profile != NULL ? doorstep_contact_tel_uri (doorstep_customer_profile_get_phone (profile)) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer.email", mailto != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer.call", tel != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer.edit", profile != NULL && may_edit (self));
}

/* Shows @text as @row's subtitle, or hides the row when there is none. */
static void
show_row (GtkWidget  *row,
          const char *text)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text != NULL ? text : "");
  gtk_widget_set_visible (row, text != NULL && *text != '\0');
}

static void
show_header (DoorstepCustomerPage    *self,
             DoorstepCustomerProfile *profile)
{
  const char *name = doorstep_customer_profile_get_display_name (profile);
  const char *email = doorstep_customer_profile_get_email (profile);
  const char *phone = doorstep_customer_profile_get_phone (profile);
  g_autofree char *type = doorstep_customer_profile_dup_type_label (profile);
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *facts_text = NULL;

  doorstep_detail_page_set_heading (DOORSTEP_DETAIL_PAGE (self), name);
  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_text (self->name_label, name);

  if (type != NULL)
    g_ptr_array_add (facts, g_steal_pointer (&type));
  if (doorstep_customer_profile_get_customer_since (profile) != NULL)
    {
      g_autofree char *day = doorstep_date_format (doorstep_customer_profile_get_customer_since (profile));

      /* Translators: "Customer since 2 Apr 2023" */
      g_ptr_array_add (facts, g_strdup_printf (_("Customer since %s"), day));
    }
  g_ptr_array_add (facts, NULL);
  facts_text = g_strjoinv (" · ", (char **) facts->pdata);
  gtk_label_set_text (self->facts_label, facts_text);
  gtk_widget_set_visible (GTK_WIDGET (self->facts_label), *facts_text != '\0');

  adw_button_content_set_label (self->email_content, email != NULL ? email : "");
  gtk_widget_set_visible (self->email_child, email != NULL);
  adw_button_content_set_label (self->phone_content, phone != NULL ? phone : "");
  gtk_widget_set_visible (self->phone_child, phone != NULL);
  /* Named once it has its target: win.view-as-customer takes the id. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->view_button), "s",
                                    doorstep_customer_profile_get_id (profile));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->view_button), "win.view-as-customer");
}

static void
show_figures (DoorstepCustomerPage    *self,
              DoorstepCustomerProfile *profile)
{
  const char *currency = doorstep_customer_profile_get_balance_currency (profile);
  gint64 balance = doorstep_customer_profile_get_balance_due (profile);
  gint64 overdue = doorstep_customer_profile_get_overdue (profile);
  guint invoices = (guint) MIN (doorstep_customer_profile_get_invoice_count (profile), G_MAXUINT);
  guint quotes = (guint) MIN (doorstep_customer_profile_get_open_quotes_count (profile), G_MAXUINT);
  g_autofree char *lifetime = doorstep_money_format (doorstep_customer_profile_get_lifetime_value (profile),
                                                     doorstep_customer_profile_get_lifetime_currency (profile));
  g_autofree char *due = doorstep_money_format (balance, currency);
  g_autofree char *quoted = doorstep_money_format (doorstep_customer_profile_get_open_quotes_total (profile),
                                                   doorstep_customer_profile_get_open_quotes_currency (profile));
  g_autofree char *overdue_text = NULL;
  g_autofree char *quotes_text = NULL;

  gtk_label_set_text (self->lifetime_label, lifetime);
  gtk_label_set_text (self->balance_label, due);
  if (balance == 0)
    overdue_text = g_strdup (_("Nothing due"));
  else if (overdue > 0)
    {
      g_autofree char *late = doorstep_money_format (overdue, currency);

      /* Translators: how much of the balance due is overdue, "$20.00 of it overdue" */
      overdue_text = g_strdup_printf (_("%s of it overdue"), late);
    }
  else
    /* Translators: the balance due, on how many invoices: "On 2 invoices, none overdue" */
    overdue_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "On %u invoice, none overdue",
                                                 "On %u invoices, none overdue", invoices), invoices);
  gtk_label_set_text (self->overdue_label, overdue_text);
  if (overdue > 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->overdue_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->overdue_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->overdue_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->overdue_label), "dim-label");
    }

  gtk_label_set_text (self->quotes_label, quoted);
  quotes_text = quotes == 0
                ? g_strdup (_("No quotes waiting for an answer"))
                /* Translators: how many of the customer's quotes wait for their answer */
                : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quote waiting for an answer",
                                                "%u quotes waiting for an answer", quotes), quotes);
  gtk_label_set_text (self->quotes_count_label, quotes_text);
}

static void
show_contact (DoorstepCustomerPage    *self,
              DoorstepCustomerProfile *profile)
{
  guint properties = (guint) MIN (doorstep_customer_profile_get_property_count (profile), G_MAXUINT);
  g_autofree char *count = NULL;

  show_row (self->first_name_row, doorstep_customer_profile_get_first_name (profile));
  show_row (self->last_name_row, doorstep_customer_profile_get_last_name (profile));
  show_row (self->company_row, doorstep_customer_profile_get_company_name (profile));
  show_row (self->email_row, doorstep_customer_profile_get_email (profile));
  show_row (self->phone_row, doorstep_customer_profile_get_phone (profile));

  /* Translators: the description of a customer's properties */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u property", "%u properties", properties), properties);
  adw_preferences_group_set_description (self->properties_group, properties > 0 ? count : NULL);
}

/* Properties */

static GtkWidget *
new_property_row (gpointer item,
                  gpointer user_data)
{
  DoorstepProperty *property = item;
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  const char *details = doorstep_property_get_building_details (property);

  g_ptr_array_add (lines, doorstep_property_dup_address (property));
  if (doorstep_property_get_year_built (property) > 0 && details != NULL && *details != '\0')
    /* Translators: a property's year of building and what it is, "Built 1962 · Two-storey house, gas furnace" */
    g_ptr_array_add (lines, g_strdup_printf (_("Built %" G_GINT64_FORMAT " · %s"),
                                             doorstep_property_get_year_built (property), details));
  else if (doorstep_property_get_year_built (property) > 0)
    g_ptr_array_add (lines, g_strdup_printf (_("Built %" G_GINT64_FORMAT),
                                             doorstep_property_get_year_built (property)));
  else if (details != NULL && *details != '\0')
    g_ptr_array_add (lines, g_strdup (details));
  g_ptr_array_add (lines, NULL);
  subtitle = g_strjoinv ("\n", (char **) lines->pdata);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), doorstep_property_get_label (property));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("user-home-symbolic"));
  return row;
}

/* Reaching them */

static void
email_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DoorstepCustomerPage *self = DOORSTEP_CUSTOMER_PAGE (widget);
  const char *email = get_profile (self) != NULL ? doorstep_customer_profile_get_email (get_profile (self)) : NULL;
  g_autofree char *uri = doorstep_contact_mailto_uri (email);
  g_autofree char *failure = NULL;

  if (uri == NULL)
    return;
  /* Translators: %s is an email address */
  failure = g_strdup_printf (_("No app on this computer sends email. Write to %s from where you read yours."), email);
  doorstep_show_uri (widget, uri, failure, doorstep_detail_page_get_cancellable (DOORSTEP_DETAIL_PAGE (self)));
}

static void
call_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepCustomerPage *self = DOORSTEP_CUSTOMER_PAGE (widget);
  const char *phone = get_profile (self) != NULL ? doorstep_customer_profile_get_phone (get_profile (self)) : NULL;
  g_autofree char *uri = doorstep_contact_tel_uri (phone);
  g_autofree char *failure = NULL;

  if (uri == NULL)
    return;
  /* Translators: %s is a phone number */
  failure = g_strdup_printf (_("No app on this computer makes calls. Call %s from your phone."), phone);
  doorstep_show_uri (widget, uri, failure, doorstep_detail_page_get_cancellable (DOORSTEP_DETAIL_PAGE (self)));
}

/* Drops what belongs to the customer shown: their lists' rows, the note
 * being typed, the note calls under way. */
static void
forget_customer (DoorstepCustomerPage *self)
{
  doorstep_paged_rows_set_list (self->properties_rows, NULL, NULL, NULL);
  doorstep_customer_notes_clear (self->notes);
}

/* DoorstepDetailPage */

static void
doorstep_customer_page_show_record (DoorstepDetailPage *page,
                                    gpointer            record)
{
  DoorstepCustomerPage *self = DOORSTEP_CUSTOMER_PAGE (page);
  DoorstepCustomerProfile *profile = record;
  g_autoptr(DoorstepPagedList) properties = NULL;

  show_header (self, profile);
  show_figures (self, profile);
  show_contact (self, profile);

  /* Loaded with the record, and again with each reload: the rows shown
   * stay until the new ones are in. */
  properties = doorstep_paged_list_new_for_id (get_scope (self), &doorstep_customers_api_properties,
                                               doorstep_customer_profile_get_id (profile), properties_query);
  doorstep_paged_rows_set_list (self->properties_rows, properties, new_property_row, self);
  doorstep_customer_notes_load (self->notes, get_scope (self), doorstep_customer_profile_get_id (profile));
  gtk_widget_set_visible (self->edit_child, may_edit (self));
  update_actions (self);
}

static void
customer_saved_cb (DoorstepCustomerPage *self)
{
  doorstep_toast (GTK_WIDGET (self), _("Profile updated"));
  doorstep_section_reload (DOORSTEP_SECTION (self));
}

/* Opens the record in the edit dialog, which loads it afresh with its
 * version; once saved, the profile shows it. */
static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DoorstepCustomerPage *self = DOORSTEP_CUSTOMER_PAGE (widget);
  DoorstepCustomerProfile *profile = get_profile (self);
  GtkWidget *dialog;

  if (profile == NULL || !may_edit (self))
    return;
  dialog = doorstep_customer_edit_dialog_open (widget, get_scope (self), doorstep_customer_profile_get_id (profile));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (customer_saved_cb), self, G_CONNECT_SWAPPED);
}

static void
doorstep_customer_page_clear (DoorstepDetailPage *page)
{
  forget_customer (DOORSTEP_CUSTOMER_PAGE (page));
}

static gpointer
doorstep_customer_page_load_finish (DoorstepScope  *scope,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  return doorstep_customers_api_get_finish (scope, result, error);
}

static void
doorstep_customer_page_class_init (DoorstepCustomerPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepDetailPageClass *detail_class = DOORSTEP_DETAIL_PAGE_CLASS (klass);

  detail_class->load_async = doorstep_customers_api_get_async;
  detail_class->load_finish = doorstep_customer_page_load_finish;
  detail_class->show_record = doorstep_customer_page_show_record;
  detail_class->clear = doorstep_customer_page_clear;

  g_type_ensure (DOORSTEP_TYPE_PAGED_ROWS);
  g_type_ensure (DOORSTEP_TYPE_CUSTOMER_NOTES);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/staff/customers/doorstep-customer-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, email_child);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, email_content);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, phone_child);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, phone_content);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, view_button);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, lifetime_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, balance_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, quotes_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, quotes_count_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, company_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, properties_group);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, properties_rows);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, notes);

  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerPage, edit_child);
  gtk_widget_class_install_action (widget_class, "customer.email", NULL, email_action);
  gtk_widget_class_install_action (widget_class, "customer.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "customer.call", NULL, call_action);
}

static void
doorstep_customer_page_init (DoorstepCustomerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/* Shows the customer @customer_id, loading their profile. */
void
doorstep_customer_page_show (DoorstepCustomerPage *self,
                             const char           *customer_id)
{
  g_return_if_fail (DOORSTEP_IS_CUSTOMER_PAGE (self));
  g_return_if_fail (customer_id != NULL);

  /* Nothing of the customer before may show, nor a note typed for them
   * be added to this one. */
  if (g_strcmp0 (doorstep_detail_page_get_id (DOORSTEP_DETAIL_PAGE (self)), customer_id) != 0)
    forget_customer (self);
  doorstep_detail_page_show (DOORSTEP_DETAIL_PAGE (self), customer_id);
}

/**
 * doorstep_customer_page_get_profile:
 *
 * Returns: (transfer none) (nullable): the customer shown, once loaded
 */
DoorstepCustomerProfile *
doorstep_customer_page_get_profile (DoorstepCustomerPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CUSTOMER_PAGE (self), NULL);
  return get_profile (self);
}

/**
 * doorstep_customer_page_get_notes:
 *
 * Returns: (transfer none): the notes part of the profile
 */
DoorstepCustomerNotes *
doorstep_customer_page_get_notes (DoorstepCustomerPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CUSTOMER_PAGE (self), NULL);
  return self->notes;
}

/**
 * doorstep_customer_page_get_properties:
 *
 * Returns: (transfer none) (nullable): the properties shown
 *   (#DoorstepProperty)
 */
GListModel *
doorstep_customer_page_get_properties (DoorstepCustomerPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CUSTOMER_PAGE (self), NULL);
  return G_LIST_MODEL (doorstep_paged_rows_get_list (self->properties_rows));
}
