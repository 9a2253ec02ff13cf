package org.caravanqda;
public final class Main { public static void main(String[] a) {} }
