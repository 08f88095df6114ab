/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-equipment-strip.h"
#include "doorstep-plans-api.h"
#include "doorstep-section.h"

/* The customer's equipment above the Plans page's list, under a heading
 * per property: each item with its make, model and location and a badge
 * when its maintenance is due soon or overdue, opening it
 * (plans.open-equipment). Hidden when there is none; a page at a time,
 * with Show More for the rest. */

struct _DoorstepEquipmentStrip {
  AdwBin             parent_instance;

  /* template widgets */
  GtkListBox        *list_box;
  GtkWidget         *error_box;
  GtkLabel          *error_label;
  GtkWidget         *more_button;

  DoorstepScope     *scope;
  DoorstepPagedList *equipment;
};

static void section_iface_init (DoorstepSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DoorstepEquipmentStrip, doorstep_equipment_strip, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (DOORSTEP_TYPE_SECTION, section_iface_init))

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DoorstepEquipment *equipment = DOORSTEP_EQUIPMENT (item);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *details = doorstep_equipment_dup_details (equipment);
  g_autofree char *due = doorstep_equipment_dup_due_label (equipment);
  g_autofree char *name = g_strdup_printf ("equipment-%s", doorstep_equipment_get_id (equipment));

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), doorstep_equipment_get_type_name (equipment));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("applications-engineering-symbolic"));
  /* A badge only where it asks for something: due soon, or overdue. */
  if (due != NULL && doorstep_equipment_get_maintenance (equipment) != DOORSTEP_MAINTENANCE_OK)
    {
      GtkWidget *badge = gtk_label_new (due);

      gtk_widget_add_css_class (badge, "quote-status");
      gtk_widget_add_css_class (badge, doorstep_equipment_get_due_style (equipment));
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

/* A heading above the first item of each property. */
static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  DoorstepEquipmentStrip *self = user_data;
  GListModel *model = G_LIST_MODEL (self->equipment);
  g_autoptr(DoorstepEquipment) item = NULL;
  g_autoptr(DoorstepEquipment) previous = NULL;
  GtkWidget *header;

  if (model == NULL || (item = g_list_model_get_item (model, gtk_list_box_row_get_index (row))) == NULL)
    return;
  if (before != NULL)
    previous = g_list_model_get_item (model, gtk_list_box_row_get_index (before));
  if (previous != NULL &&
      g_strcmp0 (doorstep_equipment_get_property_id (previous), doorstep_equipment_get_property_id (item)) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (doorstep_equipment_get_property_label (item));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_add_css_class (header, "caption-heading");
  gtk_widget_set_margin_top (header, 8);
  gtk_widget_set_margin_bottom (header, 4);
  gtk_widget_set_margin_start (header, 12);
  gtk_list_box_row_set_header (row, header);
}

static void
update (DoorstepEquipmentStrip *self)
{
  guint n = self->equipment != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->equipment)) : 0;
  const GError *error = self->equipment != NULL ? doorstep_paged_list_get_error (self->equipment) : NULL;
  gboolean loading = self->equipment != NULL && doorstep_paged_list_get_loading (self->equipment);

  if (self->equipment != NULL && !doorstep_paged_list_get_loaded (self->equipment) && error == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), n > 0);
  gtk_widget_set_visible (self->error_box, error != NULL);
  if (error != NULL)
    {
      /* Translators: the equipment could not be read; then why */
      g_autofree char *text = g_strdup_printf (_("Your equipment didn’t load. %s"), error->message);

      gtk_label_set_text (self->error_label, text);
    }
  gtk_widget_set_visible (self->more_button, n > 0 && error == NULL && !loading &&
                                             doorstep_paged_list_get_has_more (self->equipment));
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0 || error != NULL);
}

static void
drop_equipment (DoorstepEquipmentStrip *self)
{
  if (self->equipment != NULL)
    g_signal_handlers_disconnect_by_data (self->equipment, self);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->equipment);
}

static void
loaded_cb (DoorstepEquipmentStrip *self)
{
  if (self->equipment != NULL && doorstep_paged_list_get_loaded (self->equipment))
    {
      g_signal_handlers_disconnect_by_func (self->equipment, loaded_cb, self);
      gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->equipment), create_row, NULL, NULL);
      update (self);
    }
}

static void
reload (DoorstepEquipmentStrip *self)
{
  if (self->scope == NULL)
    return;
  /* The rows stay until the new list replaces them. */
  if (self->equipment != NULL)
    g_signal_handlers_disconnect_by_data (self->equipment, self);
  g_clear_object (&self->equipment);
  self->equipment = doorstep_paged_list_new (self->scope, &doorstep_plans_api_equipment, NULL);
  g_signal_connect_swapped (self->equipment, "notify::loaded", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->equipment, "notify::loading", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->equipment, "notify::error", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->equipment, "items-changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->equipment, "notify::loaded", G_CALLBACK (loaded_cb), self);
  doorstep_paged_list_load_more (self->equipment);
}

static void
retry_cb (DoorstepEquipmentStrip *self)
{
  reload (self);
}

static void
more_cb (DoorstepEquipmentStrip *self)
{
  if (self->equipment != NULL)
    doorstep_paged_list_load_more (self->equipment);
}

static void
row_activated_cb (DoorstepEquipmentStrip *self,
                  GtkListBoxRow          *row)
{
  g_autoptr(DoorstepEquipment) equipment = NULL;

  if (self->equipment == NULL)
    return;
  equipment = g_list_model_get_item (G_LIST_MODEL (self->equipment), gtk_list_box_row_get_index (row));
  if (equipment != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "plans.open-equipment", "s", doorstep_equipment_get_id (equipment));
}

/* DoorstepSection */

static void
doorstep_equipment_strip_load (DoorstepSection *section,
                               DoorstepScope   *scope)
{
  DoorstepEquipmentStrip *self = DOORSTEP_EQUIPMENT_STRIP (section);

  doorstep_section_clear (section);
  g_set_object (&self->scope, scope);
}

static void
doorstep_equipment_strip_reload (DoorstepSection *section)
{
  reload (DOORSTEP_EQUIPMENT_STRIP (section));
}

static void
doorstep_equipment_strip_clear (DoorstepSection *section)
{
  DoorstepEquipmentStrip *self = DOORSTEP_EQUIPMENT_STRIP (section);

  drop_equipment (self);
  g_clear_object (&self->scope);
  update (self);
}

static void
section_iface_init (DoorstepSectionInterface *iface)
{
  iface->load = doorstep_equipment_strip_load;
  iface->reload = doorstep_equipment_strip_reload;
  iface->clear = doorstep_equipment_strip_clear;
}

/* GObject */

static void
doorstep_equipment_strip_dispose (GObject *object)
{
  DoorstepEquipmentStrip *self = DOORSTEP_EQUIPMENT_STRIP (object);

  drop_equipment (self);
  g_clear_object (&self->scope);
  G_OBJECT_CLASS (doorstep_equipment_strip_parent_class)->dispose (object);
}

static void
doorstep_equipment_strip_class_init (DoorstepEquipmentStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_equipment_strip_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/plans/doorstep-equipment-strip.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentStrip, list_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentStrip, error_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentStrip, error_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepEquipmentStrip, more_button);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
doorstep_equipment_strip_init (DoorstepEquipmentStrip *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list_box, header_func, self, NULL);
}

/**
 * doorstep_equipment_strip_get_equipment:
 *
 * Returns: (transfer none) (nullable): the equipment shown, once loaded
 */
GListModel *
doorstep_equipment_strip_get_equipment (DoorstepEquipmentStrip *self)
{
  g_return_val_if_fail (DOORSTEP_IS_EQUIPMENT_STRIP (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->list_box)) ? G_LIST_MODEL (self->equipment) : NULL;
}
