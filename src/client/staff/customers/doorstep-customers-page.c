/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-customer-row.h"
#include "doorstep-customers-api.h"
#include "doorstep-customers-page.h"

struct _DoorstepCustomersPage {
  DoorstepListPage parent_instance;
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
  gtk_widget_activate_action (GTK_WIDGET (page), "win.view-as-customer", "s",
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

  g_type_ensure (DOORSTEP_TYPE_CUSTOMER_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/staff/customers/doorstep-customers-page.ui");
}

static void
doorstep_customers_page_init (DoorstepCustomersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
