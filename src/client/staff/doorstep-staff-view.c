/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-customers-page.h"
#include "doorstep-lazy-section.h"
#include "doorstep-section-view.h"
#include "doorstep-session.h"
#include "doorstep-staff-view.h"

/* What staff see: the sections of the admin view, a page each of the
 * section view's stack (only Customers yet, so no sidebar shows), under
 * who is signed in. */

struct _DoorstepStaffView {
  AdwBin               parent_instance;

  /* template widgets */
  DoorstepSectionView *section_view;
};

G_DEFINE_FINAL_TYPE (DoorstepStaffView, doorstep_staff_view, ADW_TYPE_BIN)

static void
doorstep_staff_view_class_init (DoorstepStaffViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (DOORSTEP_TYPE_SECTION_VIEW);
  g_type_ensure (DOORSTEP_TYPE_LAZY_SECTION);
  g_type_ensure (DOORSTEP_TYPE_CUSTOMERS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/staff/doorstep-staff-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepStaffView, section_view);
}

static void
doorstep_staff_view_init (DoorstepStaffView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows the admin view for @scope, the signed-in staff member's own. */
void
doorstep_staff_view_load (DoorstepStaffView *self,
                          DoorstepScope     *scope)
{
  DoorstepUser *user;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (DOORSTEP_IS_STAFF_VIEW (self));
  g_return_if_fail (DOORSTEP_IS_SCOPE (scope));

  user = doorstep_session_get_user (doorstep_session_from_scope (scope));
  subtitle = g_strdup_printf (_("Signed in as %s, %s"), doorstep_user_get_display_name (user),
                              doorstep_role_get_label (doorstep_user_get_role (user)));
  g_object_set (self->section_view, "subtitle", subtitle, NULL);
  doorstep_section_view_load (self->section_view, scope, "customers");
}

void
doorstep_staff_view_reload (DoorstepStaffView *self)
{
  g_return_if_fail (DOORSTEP_IS_STAFF_VIEW (self));
  doorstep_section_view_reload (self->section_view);
}

void
doorstep_staff_view_clear (DoorstepStaffView *self)
{
  g_return_if_fail (DOORSTEP_IS_STAFF_VIEW (self));
  doorstep_section_view_clear (self->section_view);
}
