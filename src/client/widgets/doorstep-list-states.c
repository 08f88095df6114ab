/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-list-states.h"

struct _DoorstepListStates {
  GObject                parent_instance;

  /* the page's, which outlive this */
  DoorstepListLoader    *loader;
  GtkStack              *stack;
  AdwStatusPage         *empty_page;
  AdwStatusPage         *error_page;

  DoorstepDescribeEmpty  describe_empty;
  gpointer               user_data;
};

G_DEFINE_FINAL_TYPE (DoorstepListStates, doorstep_list_states, G_TYPE_OBJECT)

static void
doorstep_list_states_class_init (DoorstepListStatesClass *klass)
{
}

static void
doorstep_list_states_init (DoorstepListStates *self)
{
}

/**
 * doorstep_list_states_new:
 * @loader: the page's, whose list the states follow as it changes
 * @stack: the page's, with the pages "loading", "list", "empty" and "error"
 * @describe_empty: asked for the empty page's texts each time it is shown
 */
DoorstepListStates *
doorstep_list_states_new (DoorstepListLoader    *loader,
                          GtkStack              *stack,
                          AdwStatusPage         *empty_page,
                          AdwStatusPage         *error_page,
                          DoorstepDescribeEmpty  describe_empty,
                          gpointer               user_data)
{
  DoorstepListStates *self = g_object_new (DOORSTEP_TYPE_LIST_STATES, NULL);

  self->loader = loader;
  self->stack = stack;
  self->empty_page = empty_page;
  self->error_page = error_page;
  self->describe_empty = describe_empty;
  self->user_data = user_data;
  g_signal_connect_object (loader, "changed", G_CALLBACK (doorstep_list_states_update), self, G_CONNECT_SWAPPED);
  return self;
}

/* Shows the state the loader's list is in (loading while there is none):
 * what it holds as soon as it holds anything, whatever comes after. */
void
doorstep_list_states_update (DoorstepListStates *self)
{
  DoorstepPagedList *list;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  const GError *error;

  g_return_if_fail (DOORSTEP_IS_LIST_STATES (self));

  list = doorstep_list_loader_get_list (self->loader);
  if (list == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      return;
    }

  error = doorstep_paged_list_get_error (list);
  if (g_list_model_get_n_items (G_LIST_MODEL (list)) > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (error != NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else if (!doorstep_paged_list_get_loaded (list))
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else
    {
      self->describe_empty (self->user_data, &title, &description);
      adw_status_page_set_title (self->empty_page, title);
      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}
