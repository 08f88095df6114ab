/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-customer-page.h"
#include "doorstep-customer-row.h"
#include "doorstep-customers-api.h"
#include "doorstep-customers-page.h"

/* What the staff's Customers page adds to every list page: its endpoint
 * and search, its empty texts, and opening a customer's profile over the
 * list (View as Customer is there). */

struct _DoorstepCustomersPage {
  DoorstepListPage      parent_instance;

  /* template widgets */
  DoorstepCustomerPage *customer_page;
};

G_DEFINE_FINAL_TYPE (DoorstepCustomersPage, doorstep_customers_page, DOORSTEP_TYPE_LIST_PAGE)

static void
doorstep_customers_page_describe_empty (DoorstepListPage  *page,
                                        const char        *filter,
                                        const char        *search,
                                        char             **title,
                                        char             **description)
{
  if (*search != '\0')
    {
      *title = g_strdup (_("No Customers Found"));
      *description = g_strdup_printf (_("No customer’s name, email or phone matches “%s”."), search);
    }
  else
    {
      *title = g_strdup (_("No Customers Yet"));
      *description = g_strdup (_("Customers appear here once the business adds them."));
    }
}

static void
doorstep_customers_page_activate (DoorstepListPage *page,
                                  gpointer          item)
{
  doorstep_customers_page_open_customer (DOORSTEP_CUSTOMERS_PAGE (page),
                                         doorstep_customer_get_id (DOORSTEP_CUSTOMER (item)));
}

static void
doorstep_customers_page_class_init (DoorstepCustomersPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DoorstepListPageClass *list_class = DOORSTEP_LIST_PAGE_CLASS (klass);

  list_class->describe_empty = doorstep_customers_page_describe_empty;
  list_class->activate = doorstep_customers_page_activate;
  doorstep_list_page_class_set_endpoint (list_class, &doorstep_customers_api_list);

  g_type_ensure (DOORSTEP_TYPE_CUSTOMER_PAGE);
  g_type_ensure (DOORSTEP_TYPE_CUSTOMER_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/staff/customers/doorstep-customers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomersPage, customer_page);
}

static void
doorstep_customers_page_init (DoorstepCustomersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Opens the profile of @customer_id over the list. */
void
doorstep_customers_page_open_customer (DoorstepCustomersPage *self,
                                       const char            *customer_id)
{
  g_return_if_fail (DOORSTEP_IS_CUSTOMERS_PAGE (self));
  g_return_if_fail (customer_id != NULL);

  doorstep_customer_page_show (self->customer_page, customer_id);
  doorstep_list_page_show_detail (DOORSTEP_LIST_PAGE (self));
}

/**
 * doorstep_customers_page_get_customer_page:
 *
 * Returns: (transfer none): the profile shown over the list
 */
DoorstepCustomerPage *
doorstep_customers_page_get_customer_page (DoorstepCustomersPage *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CUSTOMERS_PAGE (self), NULL);
  return self->customer_page;
}
