/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-check-list.h"
#include "doorstep-check-row.h"

struct _DoorstepCheckList {
  GtkWidget   parent_instance;

  /* template widgets */
  GtkListBox *list;

  /* owned references */
  GListModel *model;

  char       *name_prefix;
};

G_DEFINE_FINAL_TYPE (DoorstepCheckList, doorstep_check_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_NAME_PREFIX,
  PROP_ACCESSIBLE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DoorstepCheckList *self = user_data;

  return doorstep_check_row_new (G_OBJECT (item), self->name_prefix != NULL ? self->name_prefix : "check-list");
}

static void
doorstep_check_list_dispose (GObject *object)
{
  DoorstepCheckList *self = DOORSTEP_CHECK_LIST (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_CHECK_LIST);
  G_OBJECT_CLASS (doorstep_check_list_parent_class)->dispose (object);
}

static void
doorstep_check_list_finalize (GObject *object)
{
  DoorstepCheckList *self = DOORSTEP_CHECK_LIST (object);

  g_free (self->name_prefix);
  G_OBJECT_CLASS (doorstep_check_list_parent_class)->finalize (object);
}

static void
doorstep_check_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DoorstepCheckList *self = DOORSTEP_CHECK_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_NAME_PREFIX:
      g_value_set_string (value, self->name_prefix);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_check_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DoorstepCheckList *self = DOORSTEP_CHECK_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      doorstep_check_list_set_model (self, g_value_get_object (value));
      break;
    case PROP_NAME_PREFIX:
      g_free (self->name_prefix);
      self->name_prefix = g_value_dup_string (value);
      break;
    case PROP_ACCESSIBLE_LABEL:
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_value_get_string (value), -1);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_check_list_class_init (DoorstepCheckListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_check_list_dispose;
  object_class->finalize = doorstep_check_list_finalize;
  object_class->get_property = doorstep_check_list_get_property;
  object_class->set_property = doorstep_check_list_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* what the names of the rows' widgets start with, "pay": the check
   * buttons are "pay-check-<id>", the amounts typed "pay-amount-<id>" */
  properties[PROP_NAME_PREFIX] =
    g_param_spec_string ("name-prefix", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* what the list is, for assistive technologies */
  properties[PROP_ACCESSIBLE_LABEL] =
    g_param_spec_string ("accessible-label", NULL, NULL, NULL, G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-check-list.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepCheckList, list);
}

static void
doorstep_check_list_init (DoorstepCheckList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * doorstep_check_list_get_model:
 *
 * Returns: (transfer none) (nullable): the items shown
 */
GListModel *
doorstep_check_list_get_model (DoorstepCheckList *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECK_LIST (self), NULL);
  return self->model;
}

/**
 * doorstep_check_list_set_model:
 * @model: (nullable): the items to show, as the header describes them
 */
void
doorstep_check_list_set_model (DoorstepCheckList *self,
                               GListModel        *model)
{
  g_return_if_fail (DOORSTEP_IS_CHECK_LIST (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;
  gtk_list_box_bind_model (self->list, model, model != NULL ? create_row : NULL, self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/* Ticks (or unticks) every item shown. */
void
doorstep_check_list_set_all_active (DoorstepCheckList *self,
                                    gboolean           active)
{
  g_return_if_fail (DOORSTEP_IS_CHECK_LIST (self));

  for (guint i = 0; self->model != NULL && i < g_list_model_get_n_items (self->model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, i);

      g_object_set (item, "active", active, NULL);
    }
}

/**
 * doorstep_check_list_mark:
 * @item: an item of the model
 *
 * Marks @item's row as the one at fault.
 */
void
doorstep_check_list_mark (DoorstepCheckList *self,
                          gpointer           item)
{
  g_return_if_fail (DOORSTEP_IS_CHECK_LIST (self));
  g_return_if_fail (G_IS_OBJECT (item));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (DOORSTEP_IS_CHECK_ROW (row) && doorstep_check_row_get_item (DOORSTEP_CHECK_ROW (row)) == item)
      gtk_widget_add_css_class (row, "error");
}

void
doorstep_check_list_clear_marks (DoorstepCheckList *self)
{
  g_return_if_fail (DOORSTEP_IS_CHECK_LIST (self));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    gtk_widget_remove_css_class (row, "error");
}
