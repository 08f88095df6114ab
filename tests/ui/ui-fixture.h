/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "doorstep-application.h"
#include "test-server-fixture.h"

G_BEGIN_DECLS

/* What every UI test shares: the real app against the real demo server
 * that run-ui-tests.sh started, ways to wait for it, to reach its widgets
 * and the database, and screenshots. A test program is a list of phases,
 * each a launch of the app; most have one. */

typedef struct {
  const char *path;
  GTestFunc   func;
} UiTest;

typedef struct {
  const char   *name;
  const char   *needs;   /* NULL, "bare-bus" (no Secret Service) or "server-down" */
  const UiTest *tests;   /* ends with { NULL } */
} UiPhase;

extern const char          *ui_server_url;
extern DoorstepApplication *ui_app;
extern GtkWindow           *ui_window;

#define WAIT_FOR(cond)                                                        \
  G_STMT_START {                                                              \
    gint64 deadline_ = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;         \
    while (!(cond))                                                           \
      {                                                                       \
        if (g_get_monotonic_time () > deadline_)                              \
          g_error ("Timed out waiting for %s", #cond);                        \
        g_main_context_iteration (NULL, TRUE);                                \
      }                                                                       \
  } G_STMT_END

int        ui_run                (int            argc,
                                  char         **argv,
                                  const UiPhase *phases,
                                  guint          n_phases);

void       ui_settle             (void);
gpointer   ui_child              (gpointer       widget,
                                  GType          type,
                                  const char    *name);
gpointer   ui_find_descendant    (gpointer       widget,
                                  GType          type,
                                  guint          nth);
gboolean   ui_find_label         (GtkWidget     *widget,
                                  const char    *text);
gpointer   ui_find_window        (GType          type);
gpointer   ui_find_named         (GtkWidget     *widget,
                                  const char    *name);
const char *ui_stack_state       (gpointer       widget,
                                  GType          type,
                                  const char    *stack_name);
const char *ui_filter_count      (gpointer       list_page,
                                  const char    *filter);

gint64     ui_query_int          (const char    *sql);
void       ui_exec_sql           (const char    *sql);

void       ui_resize             (GtkWindow     *toplevel,
                                  int            width,
                                  int            height);
void       ui_save_png           (GtkWidget     *widget,
                                  const char    *name);
void       ui_screenshot_all     (GtkWindow     *toplevel,
                                  const char    *name);

void       ui_start_app          (void);
void       ui_start_app_full     (GCallback window_added);
void       ui_stop_app           (void);
const char *ui_mode              (void);
gpointer   ui_login_child        (const char    *name);
void       ui_sign_in_with       (const char    *email,
                                  const char    *password);
char      *ui_kept_secret        (const char    *account);

gpointer   ui_portal_view        (void);
gpointer   ui_portal_section     (const char    *name);
void       ui_show_portal_section (const char   *name);
const char *ui_dashboard_state   (void);
const char *ui_dashboard_text    (const char    *name);
void       ui_sign_in_customer   (void);

G_END_DECLS
