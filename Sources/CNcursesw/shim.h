#ifndef IMPULS_CNCURSESW_SHIM_H
#define IMPULS_CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, without which the wide-character API
   (get_wch, cchar_t, mvwaddnwstr) is hidden. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <signal.h>
#include <unistd.h>

/* Function-like macros and C globals do not import into Swift 6: accessors instead. */
static inline int impuls_key_resize(void) { return KEY_RESIZE; }
static inline int impuls_key_mouse(void) { return KEY_MOUSE; }
static inline int impuls_key_code_yes(void) { return KEY_CODE_YES; }
static inline attr_t impuls_a_bold(void) { return A_BOLD; }
static inline attr_t impuls_a_reverse(void) { return A_REVERSE; }
static inline attr_t impuls_a_underline(void) { return A_UNDERLINE; }
static inline int impuls_key_f(int n) { return KEY_F(n); }

/* newterm on the process's own stdout and stdin (C globals Swift 6 refuses). */
static inline SCREEN *impuls_newterm(void) { return newterm(NULL, stdout, stdin); }

/* Terminfo looked up without starting curses (impuls doctor). setupterm is declared in term.h,
   whose many one-letter macros are better left out. */
extern int setupterm(const char *term, int filedes, int *errret);

/* The standard screen after newterm (stdscr is a C global Swift 6 refuses). */
static inline WINDOW *impuls_stdscr(void) { return stdscr; }
static inline int impuls_colors(void) { return COLORS; }
static inline WINDOW *impuls_curscr(void) { return curscr; }

/* Catches SIGTERM, SIGHUP and SIGINT with a handler that records the signal in a
   `volatile sig_atomic_t` (shim.c: defined once, not per object file as a static in this header
   would be). No SA_RESTART: a blocking read returns, so the run loop sees the signal. */
void impuls_catch_termination_signals(void);

/* The last termination signal received, or 0: read by the run loop between keys, so the terminal
   is restored on the main path. */
int impuls_termination_signal(void);

/* Ctrl-Z: stops the process group as the terminal's own suspend character would, with the default
   action (ncurses may have put a handler of its own there), and returns once it is continued (fg).
   Returns 0 without stopping when SIGTSTP is ignored: a shell without job control, which could
   never bring the program back. */
static inline int impuls_stop_process_group(void) {
    struct sigaction previous, standard;
    if (sigaction(SIGTSTP, NULL, &previous) != 0 || previous.sa_handler == SIG_IGN) return 0;
    standard = previous;
    standard.sa_handler = SIG_DFL;
    standard.sa_flags = 0;
    sigaction(SIGTSTP, &standard, NULL);
    sigset_t stop, old;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &stop, &old);
    kill(0, SIGTSTP);
    sigprocmask(SIG_SETMASK, &old, NULL);
    sigaction(SIGTSTP, &previous, NULL);
    return 1;
}

/* The mouse event's fields, so Swift needs no knowledge of MEVENT's layout. */
static inline int impuls_get_mouse(int *y, int *x, mmask_t *buttons) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *y = event.y; *x = event.x; *buttons = event.bstate;
    return OK;
}
static inline mmask_t impuls_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t impuls_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t impuls_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

#endif
