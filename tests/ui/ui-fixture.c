/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk/x11/gdkx.h>

#include "doorstep-dashboard-page.h"
#include "doorstep-lazy-section.h"
#include "doorstep-list-filter.h"
#include "doorstep-list-page.h"
#include "doorstep-login-page.h"
#include "doorstep-portal-view.h"
#include "doorstep-secret-store.h"
#include "doorstep-section-view.h"
#include "doorstep-window.h"
#include "test-pg.h"
#include "ui-fixture.h"

const char *ui_server_url;
DoorstepApplication *ui_app;
GtkWindow *ui_window;

static const char *db_path;
static const char *screenshot_dir;

static gboolean
heartbeat_cb (gpointer user_data)
{
  /* Wakes the loop now and then, so WAIT_FOR checks its condition even
   * when nothing else happens. */
  return G_SOURCE_CONTINUE;
}

void
ui_settle (void)
{
  gint64 until = g_get_monotonic_time () + 250 * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
}

/* The template child @name of @widget's class @type. */
gpointer
ui_child (gpointer    widget,
          GType       type,
          const char *name)
{
  GObject *found = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  if (found == NULL)
    g_error ("%s has no template child “%s”", g_type_name (type), name);
  return found;
}

static gpointer
find_descendant (GtkWidget *widget,
                 GType      type,
                 guint     *nth)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && (*nth)-- == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      gpointer found = find_descendant (c, type, nth);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The @nth (from 0) widget of @type under @widget, depth first. */
gpointer
ui_find_descendant (gpointer widget,
                    GType    type,
                    guint    nth)
{
  gpointer found = find_descendant (GTK_WIDGET (widget), type, &nth);

  if (found == NULL)
    g_error ("No %s under %s", g_type_name (type), G_OBJECT_TYPE_NAME (widget));
  return found;
}

gboolean
ui_find_label (GtkWidget  *widget,
               const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (ui_find_label (c, text))
      return TRUE;

  return FALSE;
}

/* A visible window of @type, such as a dialog the app opened, or NULL. */
/* The widget under @widget (or @widget) named @name with
 * gtk_widget_set_name(): rows made in code name their check buttons and
 * entries by what they stand for. */
gpointer
ui_find_named (GtkWidget  *widget,
               const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = ui_find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

gpointer
ui_find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }
  return NULL;
}

/* Which page of a state stack shows: "loading", "list", "content", … */
const char *
ui_stack_state (gpointer    widget,
                GType       type,
                const char *stack_name)
{
  return gtk_stack_get_visible_child_name (ui_child (widget, type, stack_name));
}

/* The count a list page's filter button shows: nothing until counted. */
const char *
ui_filter_count (gpointer    list_page,
                 const char *filter_name)
{
  static char text[16];
  GListModel *filters = doorstep_list_page_get_filters (list_page);

  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(DoorstepListFilter) filter = g_list_model_get_item (filters, i);

      if (!g_str_equal (doorstep_list_filter_get_name (filter), filter_name))
        continue;
      if (doorstep_list_filter_get_counted (filter))
        g_snprintf (text, sizeof text, "%u", doorstep_list_filter_get_count (filter));
      else
        text[0] = '\0';
      return text;
    }
  g_error ("No filter %s", filter_name);
}

/* The server's database: a SQLite file, or a PostgreSQL URI. */
gint64
ui_query_int (const char *sql)
{
  if (g_str_has_prefix (db_path, "postgresql://"))
    return test_pg_query_int (db_path, sql);
  return test_sqlite_query_int (db_path, sql);
}

void
ui_exec_sql (const char *sql)
{
  if (g_str_has_prefix (db_path, "postgresql://"))
    test_pg_exec (db_path, sql);
  else
    test_sqlite_exec (db_path, sql);
}

/* Screenshots */

static void
wait_for_steady_size (GtkWidget *widget)
{
  int width = -1, height = -1;

  /* The new size arrives a few frames after the request. */
  for (guint steady = 0; steady < 3; )
    {
      ui_settle ();
      if (gtk_widget_get_width (widget) == width && gtk_widget_get_height (widget) == height)
        steady++;
      else
        steady = 0;
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
    }
}

/* Makes the window's content exactly width × height, the way a person
 * resizing it would: the X server resizes the window and GTK follows. The
 * X window includes the decoration's margins, so ask, measure, correct. */
void
ui_resize (GtkWindow *toplevel,
        int        width,
        int        height)
{
  GtkWidget *widget = GTK_WIDGET (toplevel);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (toplevel));
  Display *xdisplay = gdk_x11_display_get_xdisplay (gtk_widget_get_display (widget));
  int ask_width = width, ask_height = height;

  g_assert_true (GDK_IS_X11_SURFACE (surface));

  for (guint attempt = 0; attempt <= 4; attempt++)
    {
      int dw = width - gtk_widget_get_width (widget);
      int dh = height - gtk_widget_get_height (widget);

      if (dw == 0 && dh == 0)
        return;
      if (attempt == 4)
        break;
      if (attempt > 0)
        {
          ask_width += dw;
          ask_height += dh;
        }
      XResizeWindow (xdisplay, gdk_x11_surface_get_xid (surface), (unsigned) ask_width, (unsigned) ask_height);
      XFlush (xdisplay);
      wait_for_steady_size (widget);
    }

  g_error ("Could not make the window %d × %d; it is %d × %d", width, height,
           gtk_widget_get_width (widget), gtk_widget_get_height (widget));
}

static gboolean
any_transition_running (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (any_transition_running (c))
      return TRUE;

  return FALSE;
}

void
ui_save_png (GtkWidget  *widget,
             const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  /* Let crossfades finish and the window draw what changed last. */
  WAIT_FOR (!any_transition_running (widget));
  ui_settle ();
  WAIT_FOR (gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (screenshot_dir, 0755);
  path = g_strdup_printf ("%s/%s.png", screenshot_dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* Wide and narrow, light and dark. */
void
ui_screenshot_all (GtkWindow  *toplevel,
                   const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const struct { int width; const char *size; } sizes[] = { { 1200, "wide" }, { 400, "narrow" } };
  const struct { AdwColorScheme scheme; const char *name; } schemes[] = {
    { ADW_COLOR_SCHEME_FORCE_LIGHT, "light" }, { ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      ui_resize (toplevel, sizes[s].width, 800);
      for (guint c = 0; c < G_N_ELEMENTS (schemes); c++)
        {
          g_autofree char *file = g_strdup_printf ("%s-%s-%s", name, sizes[s].size, schemes[c].name);

          adw_style_manager_set_color_scheme (style, schemes[c].scheme);
          ui_settle ();
          ui_save_png (GTK_WIDGET (toplevel), file);
        }
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  ui_resize (toplevel, 1200, 800);
}

/* The app */

/* Starts the app; @window_added, if any, is connected to its
 * GtkApplication::window-added before the window is made. */
void
ui_start_app_full (GCallback window_added)
{
  g_autoptr(GError) error = NULL;

  ui_app = doorstep_application_new ();
  doorstep_application_set_server (ui_app, ui_server_url);
  if (window_added != NULL)
    g_signal_connect (ui_app, "window-added", window_added, NULL);
  g_application_register (G_APPLICATION (ui_app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (ui_app));

  ui_window = gtk_application_get_active_window (GTK_APPLICATION (ui_app));
  g_assert_true (DOORSTEP_IS_WINDOW (ui_window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (ui_window)));
  ui_resize (ui_window, 1200, 800);
}

void
ui_start_app (void)
{
  ui_start_app_full (NULL);
}

void
ui_stop_app (void)
{
  if (ui_app == NULL)
    return;
  gtk_window_destroy (ui_window);
  ui_window = NULL;
  ui_settle ();
  g_application_quit (G_APPLICATION (ui_app));
  g_clear_object (&ui_app);
}

/* "loading", "login", "resume-error", "portal" or "admin" */
const char *
ui_mode (void)
{
  return ui_stack_state (ui_window, DOORSTEP_TYPE_WINDOW, "mode_stack");
}

/* The login page, built when first shown (in its slot in the window). */
static GtkWidget *
login_page (void)
{
  GtkWidget *page = adw_bin_get_child (ui_child (ui_window, DOORSTEP_TYPE_WINDOW, "login_slot"));

  g_assert_nonnull (page);
  return page;
}

gpointer
ui_login_child (const char *name)
{
  return ui_child (login_page (), DOORSTEP_TYPE_LOGIN_PAGE, name);
}

void
ui_sign_in_with (const char *email,
                 const char *password)
{
  gtk_editable_set_text (ui_login_child ("email_row"), email);
  gtk_editable_set_text (ui_login_child ("password_row"), password);
  g_assert_true (gtk_widget_activate_action (login_page (), "login.sign-in", NULL));
}

char *
ui_kept_secret (const char *account)
{
  return doorstep_secret_store_lookup_sync (DOORSTEP_SECRET_SIGN_IN, ui_server_url, account, NULL);
}

gpointer
ui_portal_view (void)
{
  return ui_child (ui_window, DOORSTEP_TYPE_WINDOW, "portal_view");
}

static DoorstepSectionView *
portal_sections (void)
{
  return ui_child (ui_portal_view (), DOORSTEP_TYPE_PORTAL_VIEW, "section_view");
}

/* The section of the portal named @name: "dashboard", "quotes", … */
gpointer
ui_portal_section (const char *name)
{
  GtkWidget *section = adw_view_stack_get_child_by_name (doorstep_section_view_get_stack (portal_sections ()), name);

  g_assert_nonnull (section);
  /* A section built when first needed: its page, built now if need be. */
  if (DOORSTEP_IS_LAZY_SECTION (section))
    return doorstep_lazy_section_get_page (DOORSTEP_LAZY_SECTION (section));
  return section;
}

/* Shows the section @name, as activating its row in the sidebar does. */
void
ui_show_portal_section (const char *name)
{
  AdwViewStack *stack = doorstep_section_view_get_stack (portal_sections ());
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));
  GtkListBox *list = ui_child (portal_sections (), DOORSTEP_TYPE_SECTION_VIEW, "section_list");

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);

      if (g_strcmp0 (adw_view_stack_page_get_name (page), name) == 0)
        g_signal_emit_by_name (gtk_list_box_get_row_at_index (list, (int) i), "activate");
    }
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, name);
}

/* "loading", "content" or "error" */
const char *
ui_dashboard_state (void)
{
  return ui_stack_state (ui_portal_section ("dashboard"), DOORSTEP_TYPE_DASHBOARD_PAGE, "state_stack");
}

const char *
ui_dashboard_text (const char *name)
{
  return gtk_label_get_text (ui_child (ui_portal_section ("dashboard"), DOORSTEP_TYPE_DASHBOARD_PAGE, name));
}

/* Launches the app and signs Maya Okafor in, to her dashboard. */
void
ui_sign_in_customer (void)
{
  ui_start_app ();
  WAIT_FOR (g_strcmp0 (ui_mode (), "login") == 0);
  ui_sign_in_with ("customer@example.com", DEMO_PASSWORD);
  WAIT_FOR (g_strcmp0 (ui_mode (), "portal") == 0);
  WAIT_FOR (g_strcmp0 (ui_dashboard_state (), "content") == 0);
}

/* Running */

/**
 * ui_run:
 * @phases: the launches of the app the program makes, in order
 *
 * With --phases, prints the phases for run-ui-tests.sh, one a line, as
 * "name" or "name:needs". Otherwise runs the tests of the phase named by
 * DOORSTEP_UI_PHASE (the first when unset) and quits the app after.
 */
int
ui_run (int            argc,
        char         **argv,
        const UiPhase *phases,
        guint          n_phases)
{
  const char *phase_name;
  const UiPhase *phase = NULL;
  int result;

  if (argc > 1 && g_str_equal (argv[1], "--phases"))
    {
      for (guint i = 0; i < n_phases; i++)
        g_print ("%s%s%s\n", phases[i].name, phases[i].needs != NULL ? ":" : "",
                 phases[i].needs != NULL ? phases[i].needs : "");
      return 0;
    }

  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();

  ui_server_url = g_getenv ("DOORSTEP_TEST_SERVER");
  db_path = g_getenv ("DOORSTEP_TEST_DB");
  screenshot_dir = g_getenv ("DOORSTEP_SCREENSHOT_DIR");
  phase_name = g_getenv ("DOORSTEP_UI_PHASE");
  g_assert_nonnull (ui_server_url);
  g_assert_nonnull (db_path);
  g_assert_nonnull (screenshot_dir);

  for (guint i = 0; i < n_phases && phase == NULL; i++)
    if (phase_name == NULL || g_str_equal (phases[i].name, phase_name))
      phase = &phases[i];
  if (phase == NULL)
    g_error ("Unknown phase %s", phase_name);

  gtk_init ();
  adw_init ();
  /* Animations stay on, as for most people; screenshots wait for them. */
  g_timeout_add (20, heartbeat_cb, NULL);

  for (const UiTest *test = phase->tests; test->path != NULL; test++)
    {
      g_autofree char *path = g_strdup_printf ("/ui/%s/%s", phase->name, test->path);
      g_test_add_func (path, test->func);
    }

  result = g_test_run ();
  ui_stop_app ();
  return result;
}
